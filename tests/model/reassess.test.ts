import { describe, expect, it } from 'vitest';
import { reassessmentOf } from '../../src/model/reassess';
import { assessmentSchema, type Assessment } from '../../src/model/schema';
import { fullAssessment, teamAssessment } from '../pdf/fixtures';

const args = {
  id: 'a-next',
  participantId: 'p-next',
  now: '2027-03-01T10:00:00.000Z',
  date: '2027-03-01',
  defaultTitle: 'Service excellence self-assessment 2027',
  frameworkEdition: 2,
};

function previous(): Assessment {
  const a = fullAssessment('en');
  a.elements.monitoring = { ...a.elements.monitoring, target: 5, importance: 4, notes: 'keep?' };
  a.elements['service-culture'].agreedScore = 3.5;
  a.summaryText = 'Our own summary';
  a.actions = [
    { ...a.actions[0]!, status: 'open' },
    { ...a.actions[1]!, status: 'done' },
    { ...a.actions[2]!, status: 'in-progress' },
  ];
  return a;
}

describe('reassessmentOf', () => {
  const before = previous();
  const frozen = JSON.stringify(before);
  const next = reassessmentOf(before, args);

  it('is a valid assessment linked to the previous one', () => {
    expect(assessmentSchema.safeParse(next).success).toBe(true);
    expect(next.id).toBe('a-next');
    expect(next.previousAssessmentId).toBe(before.id);
    expect(next.frameworkEdition).toBe(2);
    expect(next.createdAt).toBe(args.now);
  });

  it('copies the details with the new date and a default title', () => {
    expect(next.meta).toEqual({
      ...before.meta,
      date: '2027-03-01',
      title: 'Service excellence self-assessment 2027',
      titleIsDefault: true,
    });
    expect(next.kind).toBe('full');
  });

  it('copies targets and importance, nothing that was answered or written per element', () => {
    expect(next.elements.monitoring).toEqual({
      notes: '',
      strengths: '',
      improvements: '',
      target: 5,
      importance: 4,
      agreedScore: null,
      agreedReason: '',
    });
    expect(next.elements['service-culture'].agreedScore).toBeNull();
    expect(next.answers).toEqual({});
    expect(next.quickAnswers).toEqual({});
    expect(next.summaryText).toBe('');
  });

  it('copies the actions that are not done', () => {
    expect(next.actions.map((a) => [a.id, a.status])).toEqual([
      [before.actions[0]!.id, 'open'],
      [before.actions[2]!.id, 'in-progress'],
    ]);
  });

  it('has one new participant for a single assessor, and keeps a workshop roster', () => {
    expect(next.participants).toEqual([
      { id: 'p-next', name: before.meta.assessor, code: 'M1', groupId: 'management' },
    ]);
    const team = teamAssessment('nl');
    const again = reassessmentOf({ ...team, mode: 'workshop', secret: 'abc' }, args);
    expect(again.mode).toBe('workshop');
    expect(again.participants).toEqual(team.participants);
    expect(again.secret).toBeNull();
    expect(again.lock).toEqual({ locked: false, history: [] });
    expect(assessmentSchema.safeParse(again).success).toBe(true);
  });

  it('leaves the previous assessment untouched', () => {
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
