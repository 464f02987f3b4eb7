import { describe, expect, it } from 'vitest';
import {
  dimensionScores,
  mean,
  overallScore,
  participantElementScore,
  participantScores,
} from '../../src/model/scoring';
import { answersOf, makeAssessment, scoreMap, type Slot } from './scoring-fixtures';

const EL = 'service-culture' as const;

/** One participant's score on service-culture from answers in statement order. */
function score(slots: readonly Slot[], quick?: number) {
  const a = makeAssessment({
    answers: { p1: answersOf({ [EL]: slots }) },
    quickAnswers: quick === undefined ? {} : { p1: { [EL]: quick } },
  });
  return participantElementScore(a, 'p1', EL);
}

describe('participant element score, full assessment', () => {
  it('is the mean of the scored statements', () => {
    // 1+1+1+1+2 = 6, 6 / 5 = 1.2
    expect(score([1, 1, 1, 1, 2])).toMatchObject({
      score: 1.2,
      scored: 5,
      applicable: 5,
      total: 5,
      insufficient: false,
      source: 'statements',
    });
    // 1+2+2+2 = 7 over 4 scored (one n/a): 1.75, shown 1.8 (level 2)
    expect(score([1, 2, 2, 2, 'na']).score).toBe(1.75);
  });

  it('keeps "not applicable" apart from "open": exactly half scored is enough', () => {
    // 4, n/a, open, 2, open: applicable 5 - 1 = 4, scored 2; 2 is not fewer than 4 / 2.
    expect(score([4, 'na', undefined, 2, undefined])).toEqual({
      participantId: 'p1',
      elementId: EL,
      score: 3, // (4 + 2) / 2
      source: 'statements',
      insufficient: false,
      scored: 2,
      applicable: 4,
      total: 5,
    });
  });

  it('counts "don\'t know" as applicable but not scored, like open (MODEL.md, Answers)', () => {
    // 4, dk, dk, dk, 2: applicable 5, scored 2; 2 < 5 / 2 -> flagged; score (4 + 2) / 2 = 3.
    expect(score([4, 'dk', 'dk', 'dk', 2])).toMatchObject({
      score: 3,
      insufficient: true,
      scored: 2,
      applicable: 5,
    });
    // dk everywhere: nothing scored, so no score at all (never 0).
    expect(score(['dk', 'dk', 'dk', 'dk', 'dk']).score).toBeNull();
  });

  it('flags fewer than half of the applicable statements', () => {
    // 4, n/a, open, open, open: applicable 4, scored 1 (3 open) -> flagged, score still 4.
    expect(score([4, 'na', undefined, undefined, undefined])).toMatchObject({
      score: 4,
      insufficient: true,
      scored: 1,
      applicable: 4,
    });
    // 2 of 5 applicable: 2 < 2.5 -> flagged; 3 of 5: not flagged.
    expect(score([3, 5]).insufficient).toBe(true);
    expect(score([3, 5]).score).toBe(4);
    expect(score([3, 5, 4]).insufficient).toBe(false);
  });

  it('has no score without answers or with everything "not applicable"', () => {
    expect(score([])).toMatchObject({
      score: null,
      source: null,
      insufficient: false,
      scored: 0,
      applicable: 5,
    });
    expect(score(['na', 'na', 'na', 'na', 'na'])).toMatchObject({
      score: null,
      source: null,
      insufficient: false,
      applicable: 0,
    });
  });

  it('scores a single applicable statement without a flag', () => {
    expect(score(['na', 'na', 'na', 'na', 3])).toMatchObject({
      score: 3,
      applicable: 1,
      insufficient: false,
    });
  });

  it('ignores answers of other elements', () => {
    const a = makeAssessment({ answers: { p1: answersOf({ monitoring: [5, 5, 5, 5, 5] }) } });
    expect(participantElementScore(a, 'p1', EL).score).toBeNull();
    expect(participantElementScore(a, 'p1', 'monitoring').score).toBe(5);
  });
});

describe('quick check', () => {
  it('scores the chosen level, never flagged, null when open', () => {
    const a = makeAssessment({
      kind: 'quick',
      quickAnswers: { p1: { [EL]: 2 } },
      // Statement answers play no part in a quick check.
      answers: { p1: answersOf({ [EL]: [5] }) },
    });
    expect(participantElementScore(a, 'p1', EL)).toMatchObject({
      score: 2,
      source: 'quick',
      insufficient: false,
    });
    expect(participantElementScore(a, 'p1', 'monitoring')).toMatchObject({
      score: null,
      source: null,
    });
  });
});

describe('conversion from a quick check to a full assessment', () => {
  it('uses the quick-check level while fewer than half are scored', () => {
    // 1 of 5 scored (a 5), quick level 2 -> 2 from the quick check, unflagged.
    expect(score([5], 2)).toMatchObject({
      score: 2,
      source: 'quick',
      insufficient: false,
      scored: 1,
    });
    // Nothing answered yet: still the quick level.
    expect(score([], 3)).toMatchObject({ score: 3, source: 'quick' });
    // 2 of 5: 2 < 2.5 -> still the quick level.
    expect(score([5, 5], 2)).toMatchObject({ score: 2, source: 'quick' });
  });

  it('lets the statements rule from half on', () => {
    // 3 of 5 scored: (5 + 5 + 4) / 3 = 4.666666667 (snapped).
    expect(score([5, 5, 4], 2)).toMatchObject({
      score: 4.666666667,
      source: 'statements',
      insufficient: false,
    });
    // Exactly half: 2 of 4 applicable -> statements, (4 + 2) / 2 = 3.
    expect(score([4, 'na', undefined, 2], 1)).toMatchObject({ score: 3, source: 'statements' });
  });

  it('gives no score when every statement is "not applicable", quick level or not', () => {
    // 0 scored is not fewer than half of 0 applicable, so the statements rule: nothing applicable.
    expect(score(['na', 'na', 'na', 'na', 'na'], 4)).toMatchObject({ score: null, source: null });
  });
});

describe('participantScores', () => {
  it('scores all nine elements', () => {
    const a = makeAssessment({ answers: { p1: answersOf({ monitoring: [2, 4] }) } });
    const all = participantScores(a, 'p1');
    expect(Object.keys(all)).toHaveLength(9);
    expect(all.monitoring).toMatchObject({ score: 3, insufficient: true });
    expect(all['vision-mission-strategy'].score).toBeNull();
  });
});

describe('mean', () => {
  it('snaps and returns null for nothing', () => {
    expect(mean([1.2, 2.4])).toBe(1.8);
    expect(mean([])).toBeNull();
  });
});

describe('dimension and overall scores', () => {
  it('averages the scored elements of a dimension and flags an incomplete one', () => {
    const dims = dimensionScores(
      scoreMap({
        'vision-mission-strategy': 3,
        'leadership-commitment': 4, // leadership: (3 + 4) / 2 = 3.5, complete
        'service-culture': 2, // culture: employee-engagement missing -> 2, incomplete
        'customer-understanding': 1.2,
        'experience-design': 2.4,
        'service-innovation': 3.6, // experience: 7.2 / 3 = 2.4
      }),
    );
    expect(dims.map((d) => d.dimensionId)).toEqual([
      'leadership',
      'culture',
      'experience',
      'operations',
    ]);
    expect(dims[0]).toMatchObject({
      score: { value: 3.5, display: 3.5, level: 4, index: 63 },
      incomplete: false,
    });
    expect(dims[1]).toMatchObject({
      score: { value: 2, level: 2 },
      incomplete: true,
      scoredElements: 1,
      totalElements: 2,
    });
    expect(dims[2]).toMatchObject({
      score: { value: 2.4, display: 2.4, level: 2, index: 35 },
      incomplete: false,
    });
    expect(dims[3]).toMatchObject({ score: null, incomplete: true, scoredElements: 0 });
  });

  it('weighs every element equally in the overall score', () => {
    // Experience: three elements of 5; operations: two of 1 -> (15 + 2) / 5 = 3.4, not (5 + 1) / 2.
    const overall = overallScore(
      scoreMap({
        'customer-understanding': 5,
        'experience-design': 5,
        'service-innovation': 5,
        'processes-structure': 1,
        monitoring: 1,
      }),
    );
    expect(overall).toMatchObject({
      score: { value: 3.4, level: 4, index: 60 },
      incomplete: true,
      scoredElements: 5,
    });
  });

  it('is complete when all nine are scored and null when none is', () => {
    const all = scoreMap({
      'vision-mission-strategy': 1,
      'leadership-commitment': 2,
      'service-culture': 3,
      'employee-engagement': 4,
      'customer-understanding': 5,
      'experience-design': 1,
      'service-innovation': 2,
      'processes-structure': 3,
      monitoring: 4,
    });
    // 25 / 9 = 2.777777778, shown 2.8 (level 3), index 1.777777778 * 25 = 44.44 -> 44
    expect(overallScore(all)).toMatchObject({
      score: { value: 2.777777778, display: 2.8, level: 3, index: 44 },
      incomplete: false,
      scoredElements: 9,
    });
    expect(overallScore(scoreMap({}))).toEqual({
      score: null,
      incomplete: true,
      scoredElements: 0,
      totalElements: 9,
    });
  });
});
