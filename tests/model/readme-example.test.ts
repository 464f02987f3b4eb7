/**
 * The README's worked example, checked against the model. Every expected number below was worked
 * out by hand in the README ("Worked example"); none is computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/model/results';
import { newAssessment } from '../../src/model/edits';
import { formatScore } from '../../src/model/numbers';
import type { Assessment } from '../../src/model/schema';

function example(): Assessment {
  const a = newAssessment({
    id: 'readme',
    kind: 'full',
    meta: {
      title: 'Example',
      organisation: 'Org',
      scope: '',
      assessor: '',
      date: '2026-11-25',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participantId: 'anna',
    now: '2026-11-25T10:00:00.000Z',
  });
  return {
    ...a,
    participants: [
      { id: 'anna', name: 'Anna', code: 'M1', groupId: 'management' },
      { id: 'bram', name: 'Bram', code: 'F1', groupId: 'customer-facing' },
    ],
    answers: {
      anna: {
        'cu-1': 3,
        'cu-2': 4,
        'cu-3': 'na',
        'cu-4': 2,
        'mo-1': 2,
        'mo-2': 2,
        'mo-3': 1,
        'mo-4': 2,
        'mo-5': 1,
      },
      bram: { 'cu-1': 5, 'cu-5': 'na', 'mo-1': 2, 'mo-2': 2, 'mo-3': 2, 'mo-4': 2, 'mo-5': 2 },
    },
    elements: {
      ...a.elements,
      'customer-understanding': {
        ...a.elements['customer-understanding'],
        target: 4,
        importance: 5,
      },
      monitoring: { ...a.elements.monitoring, target: 4, importance: 3 },
    },
  };
}

describe('README worked example', () => {
  const r = computeResults(example());
  const cu = r.byElement['customer-understanding'];
  const mo = r.byElement.monitoring;

  it('scores Anna 3.0 on customer understanding and flags Bram (1 of 4 applicable answered)', () => {
    const anna = r.participants.find((p) => p.participant.id === 'anna')!;
    const bram = r.participants.find((p) => p.participant.id === 'bram')!;
    expect(anna.elements['customer-understanding'].score).toBe(3);
    expect(anna.elements['customer-understanding'].insufficient).toBe(false);
    expect(bram.elements['customer-understanding'].score).toBe(5);
    expect(bram.elements['customer-understanding'].insufficient).toBe(true);
  });

  it('gives the team 3.0 (Bram left out), Systematic, index 50, spread 3 to 5, sd 1, disagreement', () => {
    expect(cu.effective?.value).toBe(3);
    expect(formatScore(cu.effective!.value, 'nl')).toBe('3,0');
    expect(cu.effective?.level).toBe(3);
    expect(cu.effective?.index).toBe(50);
    expect(cu.spread).toMatchObject({ min: 3, max: 5, sd: 1 });
    expect(cu.disagreement).toBe(true);
    expect(cu.gap).toBe(1);
    expect(cu.priority).toBe(5);
  });

  it('gives monitoring 1.8, Developing, index 20, gap 2.2, priority 6.6', () => {
    expect(mo.effective?.value).toBe(1.8);
    expect(mo.effective?.level).toBe(2);
    expect(mo.effective?.index).toBe(20);
    expect(mo.gap).toBe(2.2);
    expect(mo.priority).toBe(6.6);
  });

  it('ranks monitoring before customer understanding, names no strength, overall 2.4 incomplete', () => {
    expect(r.improvementAreas.map((x) => x.elementId)).toEqual([
      'monitoring',
      'customer-understanding',
    ]);
    expect(r.strengths).toEqual([]);
    expect(r.overall.score?.value).toBe(2.4);
    expect(r.overall.score?.level).toBe(2);
    expect(r.overall.score?.index).toBe(35);
    expect(r.overall.incomplete).toBe(true);
    expect(r.notAssessed).toHaveLength(7);
  });
});
