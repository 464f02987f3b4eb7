import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/model/edits';
import type { Assessment } from '../../../src/model/schema';
import {
  answeredCount,
  groupInvitations,
  hasAnswered,
  sameResponse,
  withoutResponse,
  withResponse,
} from '../../../src/model/workshop/collect';
import { decodeInvitation } from '../../../src/model/workshop/links/invitation';
import type { LinkResponse } from '../../../src/model/workshop/links/response';

const SECRET = 'AQIDBAUGBwgJCgsMDQ4PEA';

function workshop(): Assessment {
  const a = newAssessment({
    id: 'ws-1',
    kind: 'full',
    meta: {
      title: 'Workshop',
      organisation: 'Org',
      scope: '',
      assessor: '',
      date: '2026-12-01',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'resident',
    },
    participantId: 'p1',
    now: '2026-12-01T00:00:00.000Z',
    frameworkEdition: 2,
  });
  return {
    ...a,
    mode: 'workshop',
    secret: SECRET,
    participants: [
      { id: 'p1', name: 'An', code: 'M1', groupId: 'management' },
      { id: 'p2', name: 'Bas', code: 'E1', groupId: 'employees' },
      { id: 'p3', name: 'Cor', code: '', groupId: 'employees' },
    ],
    answers: { p1: { 'vms-6': 4 } },
  };
}

const response: LinkResponse = {
  workshopId: 'ws-1',
  code: 'E1',
  edition: 2,
  questionnaire: 'full',
  answers: { 'vms-6': 2, 'lc-6': 'dk' },
  quickAnswers: {},
  comments: { 'vms-6': 'Niet bekend' },
};

describe('groupInvitations', () => {
  it('one per group with coded participants, carrying the workshop as the link reads it back', () => {
    const list = groupInvitations(workshop(), (g) => g.id.toUpperCase())!;
    expect(list.map((i) => [i.groupId, i.codes])).toEqual([
      ['management', ['M1']],
      ['employees', ['E1']],
    ]);
    const e = list[1]!.encoding;
    expect(e.ok).toBe(true);
    const back = e.ok ? decodeInvitation(e.fragment) : null;
    expect(back?.ok && back.invitation).toEqual({
      workshopId: 'ws-1',
      edition: 2,
      questionnaire: 'full',
      customerWord: 'resident',
      anonymity: 'named',
      title: 'Workshop',
      groupName: 'EMPLOYEES',
      codes: ['E1'],
      secret: SECRET,
    });
  });

  it('none without a secret', () => {
    expect(groupInvitations({ ...workshop(), secret: null }, (g) => g.id)).toBeNull();
  });
});

describe('responses in the workshop', () => {
  it('counts who answered and who is missing', () => {
    expect(answeredCount(workshop())).toEqual({ answered: 1, total: 3, missing: ['p2', 'p3'] });
  });

  it('takes a response as a whole, replaces it, and withdraws it', () => {
    const taken = withResponse(workshop(), 'p2', response);
    expect(taken.answers.p2).toEqual({ 'vms-6': 2, 'lc-6': 'dk' });
    expect(taken.comments.p2).toEqual({ 'vms-6': 'Niet bekend' });
    expect(hasAnswered(taken, 'p2')).toBe(true);
    expect(sameResponse(taken, 'p2', response)).toBe(true);
    const replaced = withResponse(taken, 'p2', {
      ...response,
      answers: { 'lc-6': 5 },
      comments: {},
    });
    expect(replaced.answers.p2).toEqual({ 'lc-6': 5 });
    expect(replaced.comments.p2).toBeUndefined();
    expect(sameResponse(replaced, 'p2', response)).toBe(false);
    const withdrawn = withoutResponse(replaced, 'p2');
    expect(hasAnswered(withdrawn, 'p2')).toBe(false);
    expect(withdrawn.answers).toEqual({ p1: { 'vms-6': 4 } });
  });
});
