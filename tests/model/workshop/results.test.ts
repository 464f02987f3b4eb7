// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { workshopResults } from '../../../src/model/workshop/results';
import { GROUPS, many, workshop } from './workshop-fixtures';

const ED = 'experience-design' as const;

describe('workshopResults', () => {
  // Management (3): ED all 4 -> 4.0; front line (3): ED all 2 -> 2.0. Employees: nobody.
  const members = [
    ...many(3, 'mgmt', 'M', { [ED]: [4, 4, 4, 4, 4] }),
    ...many(3, 'front', 'F', { [ED]: [2, 2, 2, 2, 'dk'] }),
  ];
  const w = workshop(members);
  const answers = Object.fromEntries(w.participants.map((p, i) => [p.id, w.responses[i]!]));
  const r = workshopResults({
    groups: GROUPS,
    participants: w.participants,
    scores: w.scores,
    answers,
    edition: 1,
  });

  it('gives team, groups, statement spreads, the discussion list and the triage in one go', () => {
    // Team: (3 x 4 + 3 x 2) / 6 = 18 / 6 = 3.0; range 4.0 - 2.0 = 2: discuss.
    expect(r.team[ED].teamScore).toBe(3);
    expect(r.groups.map((g) => g.visibility)).toEqual(['shown', 'too-few', 'shown']);
    // ed-5: three 4s and three "don't know".
    expect(r.statements[ED][4]).toMatchObject({ counts: { 4: 3, 2: 0 }, dontKnow: 3 });
    // ED and ed-1..ed-4 each range 2 (2 to 4); ed-5 has only 4s.
    expect(r.discuss.map((d) => d.statementId ?? d.elementId)).toEqual([
      ED,
      'ed-1',
      'ed-2',
      'ed-3',
      'ed-4',
    ]);
    expect(r.triage.discuss).toEqual([ED]);
    expect(r.triage.unscored).toHaveLength(8);
  });
});
