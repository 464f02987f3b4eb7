// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aggregateParticipants } from '../../../src/model/workshop/team-scores';
import { groupResults } from '../../../src/model/workshop/groups';
import { perceptionGap } from '../../../src/model/workshop/gaps';
import { triage } from '../../../src/model/workshop/triage';
import { ELEMENT_IDS, GROUPS, many, workshop, type Member } from './workshop-fixtures';

const ED = 'experience-design' as const;
const MO = 'monitoring' as const;

describe('team scores from plain workshop data', () => {
  it('one participant: the team score is their own score', () => {
    // 3 + 4 + 4 = 11 over 3 scored (n/a out, one open): 3.666666667, shown 3.7
    const w = workshop([{ code: 'M1', groupId: 'mgmt', answers: { [ED]: [3, 4, 4, 'na'] } }]);
    const t = aggregateParticipants(w.participants, w.scores)[ED];
    expect(t.teamScore).toBe(3.666666667);
    expect(t.spread).toMatchObject({ count: 1, min: 3.666666667, max: 3.666666667, range: 0 });
    expect(triage([t]).accept).toEqual([{ elementId: ED, score: 3.7 }]);
  });

  it('two participants: 1.2 and 2.4 give 1.8, a range of 1.2 to discuss', () => {
    // p1: 1,1,1,1,2 = 6 / 5 = 1.2; p2: 2,2,2,3,3 = 12 / 5 = 2.4; (1.2 + 2.4) / 2 = 1.8
    const w = workshop([
      { code: 'M1', groupId: 'mgmt', answers: { [ED]: [1, 1, 1, 1, 2] } },
      { code: 'E1', groupId: 'staff', answers: { [ED]: [2, 2, 2, 3, 3] } },
    ]);
    const t = aggregateParticipants(w.participants, w.scores, { [MO]: 3.5 });
    expect(t[ED].teamScore).toBe(1.8);
    expect(t[ED].spread).toMatchObject({ min: 1.2, max: 2.4, sd: 0.6 });
    // Monitoring has no answers but an agreed score: that is the effective score.
    expect(t[MO]).toMatchObject({ teamScore: null, agreedScore: 3.5, effectiveScore: 3.5 });
    expect(triage([t[ED], t[MO]])).toEqual({
      accept: [],
      discuss: [ED],
      agreed: [MO],
      unscored: [],
    });
  });
});

/**
 * Twelve participants, four per group, on experience-design (ED) and monitoring (MO):
 * - Management: M1, M2 answer ED 4,4,4,5,5 (22 / 5 = 4.4); M3, M4 all 4 (4.0). MO all 2.
 *   Group ED = (4.4 + 4.4 + 4 + 4) / 4 = 16.8 / 4 = 4.2; MO = 2.0.
 * - Employees: all 3 on ED and MO; E4 answers "don't know" on ed-5 (4 of 5 scored: 3.0).
 * - Front line: F1-F3 answer ED 2,2,3,3,n/a (10 / 4 = 2.5); F4 answers only ed-1 = 2 (1 of 5:
 *   flagged, out of the mean). Group ED = 2.5. MO all 3 (F4 too): 3.0.
 */
function twelve(): Member[] {
  return [
    ...many(2, 'mgmt', 'M', { [ED]: [4, 4, 4, 5, 5], [MO]: [2, 2, 2, 2, 2] }),
    { code: 'M3', groupId: 'mgmt', answers: { [ED]: [4, 4, 4, 4, 4], [MO]: [2, 2, 2, 2, 2] } },
    { code: 'M4', groupId: 'mgmt', answers: { [ED]: [4, 4, 4, 4, 4], [MO]: [2, 2, 2, 2, 2] } },
    ...many(3, 'staff', 'E', { [ED]: [3, 3, 3, 3, 3], [MO]: [3, 3, 3, 3, 3] }),
    { code: 'E4', groupId: 'staff', answers: { [ED]: [3, 3, 3, 3, 'dk'], [MO]: [3, 3, 3, 3, 3] } },
    ...many(3, 'front', 'F', { [ED]: [2, 2, 3, 3, 'na'], [MO]: [3, 3, 3, 3, 3] }),
    { code: 'F4', groupId: 'front', answers: { [ED]: [2], [MO]: [3, 3, 3, 3, 3] } },
  ];
}

describe('twelve participants in three groups', () => {
  const w = workshop(twelve());
  const team = aggregateParticipants(w.participants, w.scores);
  const groups = groupResults(GROUPS, w.participants, w.scores);

  it('team: the mean of the 11 unflagged, the spread over all 12', () => {
    // (4.4 * 2 + 4 * 2 + 3 * 4 + 2.5 * 3) / 11 = (8.8 + 8 + 12 + 7.5) / 11 = 36.3 / 11 = 3.3
    expect(team[ED]).toMatchObject({
      teamScore: 3.3,
      participantsScored: 12,
      participantsCounted: 11,
      participantsFlagged: 1,
    });
    // Lowest is F4's flagged 2.0, highest 4.4: range 2.4, a disagreement.
    expect(team[ED].spread).toMatchObject({ count: 12, min: 2, max: 4.4, range: 2.4 });
    expect(team[ED].spread!.disagreement).toBe(true);
    // MO: (2 * 4 + 3 * 8) / 12 = 32 / 12 = 2.666666667
    expect(team[MO].teamScore).toBe(2.666666667);
  });

  it('groups: each the mean of its unflagged members', () => {
    expect(groups.map((g) => [g.groupId, g.answered, g.visibility])).toEqual([
      ['mgmt', 4, 'shown'],
      ['staff', 4, 'shown'],
      ['front', 4, 'shown'],
    ]);
    expect(groups.map((g) => g.elements![ED].teamScore)).toEqual([4.2, 3, 2.5]);
    expect(groups.map((g) => g.elements![MO].teamScore)).toEqual([2, 3, 3]);
    expect(groups[2]!.elements![ED].participantsFlagged).toBe(1);
  });

  it('perception gap management - front line: largest first, flagged from 1.0', () => {
    const gaps = perceptionGap(groups[0]!, groups[2]!)!;
    // ED: 4.2 - 2.5 = 1.7; MO: 2.0 - 3.0 = -1.0; the seven unanswered elements last, model order.
    expect(gaps.slice(0, 2)).toEqual([
      { elementId: ED, a: 4.2, b: 2.5, gap: 1.7, flagged: true, insufficient: false },
      { elementId: MO, a: 2, b: 3, gap: -1, flagged: true, insufficient: false },
    ]);
    expect(gaps.slice(2).map((g) => g.elementId)).toEqual(
      ELEMENT_IDS.filter((id) => id !== ED && id !== MO),
    );
    expect(gaps.slice(2).every((g) => g.gap === null && !g.flagged)).toBe(true);
  });

  it('a gap under 1.0 is not flagged: employees - front line on ED is 3.0 - 2.5 = 0.5', () => {
    const gaps = perceptionGap(groups[1]!, groups[2]!)!;
    expect(gaps.find((g) => g.elementId === ED)).toMatchObject({ gap: 0.5, flagged: false });
  });

  it('the gap is taken from the displayed scores', () => {
    // Unrounded 3.2 - 2.25 = 0.95 would round half up to 1.0 and be flagged; from the scores as
    // displayed, 3.2 - 2.3 = 0.9, which is what the page shows and is not flagged.
    const a = many(3, 'mgmt', 'M', { [ED]: [3, 3, 3, 3, 4] }); // 16 / 5 = 3.2
    const b = many(3, 'front', 'F', { [ED]: [2, 2, 2, 3] }); // 9 / 4 = 2.25, shown 2.3
    const both = workshop([...a, ...b]);
    const g = groupResults(GROUPS, both.participants, both.scores);
    const gap = perceptionGap(g[0]!, g[2]!)!.find((x) => x.elementId === ED)!;
    expect(gap).toMatchObject({ a: 3.2, b: 2.3, gap: 0.9, flagged: false });
  });
});

describe('200 participants', () => {
  // Group A: 120 answer ED all 2 (2.0); group B: 80 answer ED all 4 (4.0).
  const members = [
    ...many(120, 'mgmt', 'M', { [ED]: [2, 2, 2, 2, 2] }),
    ...many(80, 'front', 'F', { [ED]: [4, 4, 4, 4, 4] }),
  ];
  const w = workshop(members);

  it('team: (120 * 2 + 80 * 4) / 200 = 560 / 200 = 2.8, sd sqrt(0.96)', () => {
    const t = aggregateParticipants(w.participants, w.scores)[ED];
    expect(t.teamScore).toBe(2.8);
    // Deviations -0.8 (120 times) and +1.2 (80): (120 * 0.64 + 80 * 1.44) / 200 = 192 / 200
    // = 0.96; sqrt(0.96) = 0.9797958971..., snapped to 9 decimals.
    expect(t.spread).toMatchObject({ count: 200, min: 2, max: 4, sd: 0.979795897, range: 2 });
  });

  it('groups and their gap: 2.0 - 4.0 = -2.0', () => {
    const g = groupResults(GROUPS, w.participants, w.scores);
    expect(g.map((x) => [x.answered, x.visibility])).toEqual([
      [120, 'shown'],
      [0, 'too-few'],
      [80, 'shown'],
    ]);
    expect(perceptionGap(g[0]!, g[2]!)![0]).toMatchObject({
      elementId: ED,
      gap: -2,
      flagged: true,
    });
  });
});
