import { describe, expect, it } from 'vitest';
import { aggregateElement, spreadOf, statementStats, teamElementScore } from '../../src/model/team';
import { computeResults } from '../../src/model/results';
import {
  answersOf,
  elementInputs,
  makeAssessment,
  participants,
  type Slot,
} from './scoring-fixtures';

const EL = 'experience-design' as const;

/** A team on experience-design: one answer list per participant. */
function team(perParticipant: readonly (readonly Slot[])[], agreedScore: number | null = null) {
  return makeAssessment({
    participants: participants(perParticipant.length),
    answers: Object.fromEntries(
      perParticipant.map((slots, i) => [`p${i + 1}`, answersOf({ [EL]: slots })]),
    ),
    elements: elementInputs({ [EL]: { agreedScore } }),
  });
}

describe('team element score', () => {
  it('is the mean of the participants: 1.2 and 2.4 -> 1.8 (Developing)', () => {
    // p1: 1,1,1,1,2 = 1.2; p2: 2,2,2,3,3 = 2.4; (1.2 + 2.4) / 2 = 1.8
    const t = teamElementScore(
      team([
        [1, 1, 1, 1, 2],
        [2, 2, 2, 3, 3],
      ]),
      EL,
    );
    expect(t.teamScore).toBe(1.8);
    expect(t.insufficient).toBe(false);
    expect(t.spread).toEqual({
      count: 2,
      min: 1.2,
      max: 2.4,
      sd: 0.6,
      range: 1.2,
      disagreement: false,
    });
    const r = computeResults(
      team([
        [1, 1, 1, 1, 2],
        [2, 2, 2, 3, 3],
      ]),
    ).byElement[EL];
    expect(r.effective).toEqual({ value: 1.8, display: 1.8, level: 2, index: 20 });
  });

  it('3.35 -> shown 3.4, Integrated, index 60 (from the shown 3.4)', () => {
    // p1: 3,3,3,3,4 = 16 / 5 = 3.2; p2: 3,4,3,4,n/a = 14 / 4 = 3.5; (3.2 + 3.5) / 2 = 3.35
    const r = computeResults(
      team([
        [3, 3, 3, 3, 4],
        [3, 4, 3, 4, 'na'],
      ]),
    ).byElement[EL];
    // index (3.4 - 1) / 4 * 100 = 60
    expect(r.teamScore).toEqual({ value: 3.35, display: 3.4, level: 4, index: 60 });
  });

  it('1.9 -> index 23', () => {
    // p1: 1,2,2,2,2 = 9 / 5 = 1.8; p2: all 2 = 2; (1.8 + 2) / 2 = 1.9; (0.9 / 4) * 100 = 22.5 -> 23
    const r = computeResults(
      team([
        [1, 2, 2, 2, 2],
        [2, 2, 2, 2, 2],
      ]),
    ).byElement[EL];
    expect(r.teamScore).toEqual({ value: 1.9, display: 1.9, level: 2, index: 23 });
  });

  it('leaves flagged participants out of the mean but in the spread', () => {
    // p1: 2 (5 of 5); p2: a single 4 -> flagged; p3: 3 (5 of 5). Mean of 2 and 3 = 2.5.
    const t = teamElementScore(team([[2, 2, 2, 2, 2], [4], [3, 3, 3, 3, 3]]), EL);
    expect(t.teamScore).toBe(2.5);
    expect(t.insufficient).toBe(false);
    expect(t).toMatchObject({
      participantsScored: 3,
      participantsCounted: 2,
      participantsFlagged: 1,
    });
    // Spread over 2, 4, 3: mean 3, variance (1 + 1 + 0) / 3, sd = sqrt(2/3) = 0.816496581
    expect(t.spread).toEqual({
      count: 3,
      min: 2,
      max: 4,
      sd: 0.816496581,
      range: 2,
      disagreement: true,
    });
  });

  it('uses the mean of everyone, flagged, when everyone with a score is flagged', () => {
    // p1: a single 1; p2: a single 4; p3: nothing (no score, not in the spread). (1 + 4) / 2 = 2.5
    const t = teamElementScore(team([[1], [4], []]), EL);
    expect(t).toMatchObject({
      teamScore: 2.5,
      insufficient: true,
      effectiveScore: 2.5,
      effectiveInsufficient: true,
      participantsScored: 2,
      participantsCounted: 2,
      participantsFlagged: 2,
    });
    expect(t.spread).toMatchObject({ count: 2, min: 1, max: 4, sd: 1.5 });
  });

  it('has no team score when nobody scored', () => {
    const t = teamElementScore(team([[], ['na', 'na', 'na', 'na', 'na']]), EL);
    expect(t).toMatchObject({
      teamScore: null,
      insufficient: false,
      spread: null,
      effectiveScore: null,
      effectiveSource: null,
    });
  });

  it('lets an agreed score replace the team mean, keeping both', () => {
    // Team: 2 and 4 -> 3; agreed 3.5.
    const a = team(
      [
        [2, 2, 2, 2, 2],
        [4, 4, 4, 4, 4],
      ],
      3.5,
    );
    const t = teamElementScore(a, EL);
    expect(t).toMatchObject({
      teamScore: 3,
      agreedScore: 3.5,
      effectiveScore: 3.5,
      effectiveSource: 'agreed',
    });
    const r = computeResults(a);
    expect(r.byElement[EL].teamScore?.display).toBe(3);
    expect(r.byElement[EL].effective).toEqual({ value: 3.5, display: 3.5, level: 4, index: 63 });
    // The agreed score drives gaps and the overall score: gap 4 - 3.5 = 0.5, priority 3 x 0.5 = 1.5
    expect(r.byElement[EL]).toMatchObject({ gap: 0.5, priority: 1.5 });
    expect(r.overall.score?.value).toBe(3.5);
    expect(r.flags.agreed).toEqual([EL]);
  });

  it('an agreed score is never flagged, even over a flagged team score', () => {
    const t = teamElementScore(team([[1], [4]], 2), EL);
    expect(t).toMatchObject({
      insufficient: true,
      effectiveScore: 2,
      effectiveInsufficient: false,
    });
  });

  it('tells the source of the team score', () => {
    const scores = [
      {
        participantId: 'a',
        elementId: EL,
        score: 2,
        source: 'quick',
        insufficient: false,
        scored: 0,
        applicable: 5,
        total: 5,
      },
      {
        participantId: 'b',
        elementId: EL,
        score: 4,
        source: 'statements',
        insufficient: false,
        scored: 5,
        applicable: 5,
        total: 5,
      },
    ] as const;
    expect(aggregateElement(EL, [...scores], null).teamSource).toBe('mixed');
    expect(aggregateElement(EL, [scores[0]], null).teamSource).toBe('quick');
  });
});

describe('spread and disagreement', () => {
  it('gives the population SD: 2 and 4 -> sd 1', () => {
    expect(spreadOf([2, 4])).toEqual({
      count: 2,
      min: 2,
      max: 4,
      sd: 1,
      range: 2,
      disagreement: true,
    });
  });

  it('marks disagreement at exactly 2, also through float noise', () => {
    expect(spreadOf([1.3, 3.3])?.disagreement).toBe(true); // 3.3 - 1.3 = 1.9999999999999998 unsnapped
    expect(spreadOf([1.2, 3.2])?.range).toBe(2);
    expect(spreadOf([2, 3.9])?.disagreement).toBe(false);
    expect(spreadOf([3])).toEqual({
      count: 1,
      min: 3,
      max: 3,
      sd: 0,
      range: 0,
      disagreement: false,
    });
    expect(spreadOf([])).toBeNull();
  });
});

describe('statement statistics', () => {
  it('gives mean, spread and counts per statement', () => {
    // ed-1: 1, 3, 5 -> mean 3, sd sqrt(8/3) = 1.632993162, disagreement
    // ed-2: 4, n/a, open -> mean 4
    // ed-3: n/a, n/a, n/a -> no mean
    const a = team([
      [1, 4, 'na'],
      [3, 'na', 'na'],
      [5, undefined, 'na'],
    ]);
    const [s1, s2, s3, s4] = statementStats(a, EL);
    expect(s1).toMatchObject({
      statementId: 'ed-1',
      scored: 3,
      notApplicable: 0,
      open: 0,
      mean: 3,
    });
    expect(s1?.spread).toEqual({
      count: 3,
      min: 1,
      max: 5,
      sd: 1.632993162,
      range: 4,
      disagreement: true,
    });
    expect(s2).toMatchObject({ scored: 1, notApplicable: 1, open: 1, mean: 4 });
    expect(s2?.spread?.disagreement).toBe(false);
    expect(s3).toMatchObject({ scored: 0, notApplicable: 3, open: 0, mean: null, spread: null });
    expect(s4).toMatchObject({ scored: 0, notApplicable: 0, open: 3, mean: null });
  });
});
