// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statementIdsOf } from '../../../src/model/framework';
import { aggregateParticipants } from '../../../src/model/workshop/team-scores';
import { statementSpreads } from '../../../src/model/workshop/statement-spread';
import { disagrees, displayedRange, toDiscuss } from '../../../src/model/workshop/discuss';
import { triage } from '../../../src/model/workshop/triage';
import { many, workshop } from './workshop-fixtures';

const ED = 'experience-design' as const;
const MO = 'monitoring' as const;
const ED_IDS = statementIdsOf(1, ED);
const MO_IDS = statementIdsOf(1, MO);

describe('per-statement spread (the unnamed dot plot)', () => {
  // Six participants on ED: ed-1 gets 1, 3, 3, 5, "don't know", n/a; ed-2 gets 4 x 5 and one open.
  const w = workshop([
    { code: 'A', groupId: 'g', answers: { [ED]: [1, 4] } },
    { code: 'B', groupId: 'g', answers: { [ED]: [3, 4] } },
    { code: 'C', groupId: 'g', answers: { [ED]: [3, 4] } },
    { code: 'D', groupId: 'g', answers: { [ED]: [5, 4] } },
    { code: 'E', groupId: 'g', answers: { [ED]: ['dk', 4] } },
    { code: 'F', groupId: 'g', answers: { [ED]: ['na'] } },
  ]);
  const [s1, s2] = statementSpreads(ED, ED_IDS, w.responses);

  it('counts each level, with "don\'t know", not applicable and open apart', () => {
    expect(s1).toMatchObject({
      statementId: 'ed-1',
      counts: { 1: 1, 2: 0, 3: 2, 4: 0, 5: 1 },
      dontKnow: 1,
      notApplicable: 1,
      open: 0,
      disagreement: true,
    });
    // Levels 1, 3, 3, 5: mean 3, min 1, max 5, sd sqrt((4 + 0 + 0 + 4) / 4) = sqrt(2) = 1.414213562
    expect(s1!.spread).toMatchObject({ count: 4, min: 1, max: 5, sd: 1.414213562, range: 4 });
    expect(s2).toMatchObject({
      counts: { 1: 0, 2: 0, 3: 0, 4: 5, 5: 0 },
      open: 1,
      dontKnow: 0,
      disagreement: false,
    });
  });

  it('a statement nobody scored has no spread', () => {
    const s5 = statementSpreads(ED, ED_IDS, w.responses)[4]!;
    expect(s5).toMatchObject({ open: 6, spread: null, disagreement: false });
  });
});

describe('disagreement on displayed scores', () => {
  it('1.33 and 3.25 show as 1.3 and 3.3: a range of 2.0, a disagreement', () => {
    // 1 + 1 + 2 = 4 / 3 = 1.333333333 (3 of 5 scored); 3 + 3 + 3 + 4 = 13 / 4 = 3.25.
    // Unrounded the range is 1.916666667, under 2; the page shows 1,3 to 3,3.
    const spread = { min: 1.333333333, max: 3.25 };
    expect(displayedRange(spread)).toBe(2);
    expect(disagrees(spread)).toBe(true);
    expect(disagrees({ min: 2, max: 3.9 })).toBe(false);
    expect(disagrees(null)).toBe(false);
  });
});

describe('the "to discuss" list', () => {
  // Three participants.
  // ED: p1 all 1 (1.0), p2 all 3 (3.0), p3 all 4 (4.0): element range 3.0.
  //   ed-1..ed-5 each 1, 3, 4: range 3 on every statement.
  // MO: p1 2,2,2,2,2 (2.0), p2 2,2,2,2,4 (2.4), p3 4,2,2,2,5 (3.0): element range 1.0, no.
  //   mo-1: 2, 2, 4 -> range 2; mo-5: 2, 4, 5 -> range 3; mo-2..4 all 2 -> none.
  const w = workshop([
    { code: 'A', groupId: 'g', answers: { [ED]: [1, 1, 1, 1, 1], [MO]: [2, 2, 2, 2, 2] } },
    { code: 'B', groupId: 'g', answers: { [ED]: [3, 3, 3, 3, 3], [MO]: [2, 2, 2, 2, 4] } },
    { code: 'C', groupId: 'g', answers: { [ED]: [4, 4, 4, 4, 4], [MO]: [4, 2, 2, 2, 5] } },
  ]);
  const team = aggregateParticipants(w.participants, w.scores);
  const statements = [
    ...statementSpreads(ED, ED_IDS, w.responses),
    ...statementSpreads(MO, MO_IDS, w.responses),
  ];

  it('puts the largest range first, elements before their statements on a tie', () => {
    const list = toDiscuss([team[ED], team[MO]], statements);
    expect(list.map((i) => [i.statementId ?? i.elementId, i.range])).toEqual([
      [ED, 3],
      ['ed-1', 3],
      ['ed-2', 3],
      ['ed-3', 3],
      ['ed-4', 3],
      ['ed-5', 3],
      ['mo-5', 3],
      ['mo-1', 2],
    ]);
    expect(list[0]).toEqual({
      kind: 'element',
      elementId: ED,
      statementId: null,
      min: 1,
      max: 4,
      range: 3,
    });
  });

  it('triage: monitoring (2.0 to 3.0, range 1.0) is accepted at its mean, shown 2.5', () => {
    // (2.0 + 2.4 + 3.0) / 3 = 7.4 / 3 = 2.466666667, shown 2.5
    expect(triage([team[ED], team[MO]])).toEqual({
      accept: [{ elementId: MO, score: 2.5 }],
      discuss: [ED],
      agreed: [],
      unscored: [],
    });
  });

  it('triage: a team score flagged "insufficient answers" goes to the discussion', () => {
    // Each of three answers one ED statement only: all flagged, the mean of all is flagged.
    const f = workshop(many(3, 'g', 'P', { [ED]: [3] }));
    const t = aggregateParticipants(f.participants, f.scores);
    expect(t[ED].insufficient).toBe(true);
    expect(triage([t[ED], t[MO]])).toEqual({
      accept: [],
      discuss: [ED],
      agreed: [],
      unscored: [MO],
    });
  });
});
