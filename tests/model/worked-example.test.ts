/*
 * A WORKED EXAMPLE, computed by hand (the README may quote it).
 *
 * Two participants, Anna (management) and Bram (front line), in a full assessment. Each element
 * has five statements. "n/a" = not applicable, "." = left open. Targets 4, importance 3, except
 * customer understanding: importance 5 and an agreed score of 2.5 set by the facilitator.
 *
 * Step 1: each participant's element score = mean of the scored statements;
 *         flagged when fewer than half of the applicable statements are scored.
 *
 *   element                    Anna                       Bram
 *   vision-mission-strategy    4 4 3 3 4    = 18/5 = 3.6  3 2 n/a 3 2  = 10/4 = 2.5
 *   leadership-commitment      2 2 1 2 2    =  9/5 = 1.8  4 . . . n/a  = 4, but 1 of 4 applicable
 *                                                          scored (< 2): FLAGGED
 *   service-culture            n/a x5       = no score    5 4 4 5 4    = 22/5 = 4.4
 *   customer-understanding     3 3 3 3 3    = 3           1 1 1 1 1    = 1
 *   the other five elements    nothing answered: no score
 *
 * Step 2: team score = mean of the unflagged participant scores; spread over all of them.
 *
 *   vision-mission-strategy    (3.6 + 2.5) / 2 = 3.05   shown 3.1 (half up), Systematic,
 *                              index from the shown 3.1: (3.1 - 1) / 4 * 100 = 52.5 -> 53;
 *                              spread 2.5 to 3.6, sd 0.55
 *   leadership-commitment      Bram is flagged, so only Anna: 1.8, Developing, index 20;
 *                              spread 1.8 to 4 (Bram shown): range 2.2 >= 2 -> disagreement
 *   service-culture            only Bram scored: 4.4, Excellent, index 85
 *   customer-understanding     team (3 + 1) / 2 = 2, range 2 -> disagreement (exactly 2);
 *                              agreed score 2.5 replaces it: effective 2.5, Developing,
 *                              index 37.5 -> 38
 *
 * Step 3: dimensions and overall, from the effective scores.
 *
 *   leadership   (3.05 + 1.8) / 2 = 2.425 -> 2.4 Developing, index (2.4 - 1) * 25 = 35
 *   culture      4.4 (employee-engagement has none)              -> incomplete
 *   experience   2.5 (design, innovation have none)               -> incomplete, index 38
 *   operations   no score                                         -> incomplete
 *   overall      (3.05 + 1.8 + 4.4 + 2.5) / 4 = 11.75 / 4 = 2.9375 -> 2.9 Systematic,
 *                index (2.9 - 1) * 25 = 47.5 -> 48; incomplete (5 of 9 elements have no score).
 *                Each element counts once, so the 3-element experience dimension weighs more.
 *
 * Step 4: gaps, priorities, strengths, next steps (gaps from the scores as displayed).
 *
 *   element                    gap = max(0, target - shown)   priority = importance x gap
 *   customer-understanding     4 - 2.5  = 1.5                 5 x 1.5  = 7.5    rank 1
 *   leadership-commitment      4 - 1.8  = 2.2                 3 x 2.2  = 6.6    rank 2
 *   vision-mission-strategy    4 - 3.1  = 0.9                 3 x 0.9  = 2.7    rank 3
 *   service-culture            4 - 4.4 < 0 -> 0               0: not an improvement area
 *
 *   strengths (shown >= 3.4, at most 3): service-culture (4.4)
 *   next steps: customer-understanding 2.5 and leadership 1.8 are Developing -> "2 to 3";
 *               vision 3.1 is Systematic -> "3 to 4"; service-culture 4.4 is Excellent ->
 *               the "4 to 5" steps, offered as how to stay excellent.
 *   not assessed: employee-engagement, experience-design, service-innovation,
 *                 processes-structure, monitoring.
 *
 * Each participant on their own (flags do not remove a participant's own score):
 *   Anna (3.6 + 1.8 + 3) / 3 = 2.8;   Bram (2.5 + 4 + 4.4 + 1) / 4 = 2.975 -> shown 3.0.
 */
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/model/results';
import { workedExample } from './scoring-fixtures';

describe('worked example', () => {
  const r = computeResults(workedExample());
  const el = r.byElement;

  it('step 1: participant scores', () => {
    const anna = r.participants[0]!.elements;
    const bram = r.participants[1]!.elements;
    expect([anna['vision-mission-strategy'].score, bram['vision-mission-strategy'].score]).toEqual([
      3.6, 2.5,
    ]);
    expect(bram['vision-mission-strategy']).toMatchObject({
      scored: 4,
      applicable: 4,
      insufficient: false,
    });
    expect(anna['leadership-commitment']).toMatchObject({ score: 1.8, insufficient: false });
    expect(bram['leadership-commitment']).toMatchObject({
      score: 4,
      scored: 1,
      applicable: 4,
      insufficient: true,
    });
    expect(anna['service-culture'].score).toBeNull();
    expect(bram['service-culture'].score).toBe(4.4);
    expect([anna['customer-understanding'].score, bram['customer-understanding'].score]).toEqual([
      3, 1,
    ]);
  });

  it('step 2: team scores, spread, agreed score', () => {
    expect(el['vision-mission-strategy'].effective).toEqual({
      value: 3.05,
      display: 3.1,
      level: 3,
      // from the shown 3.1: 2.1 * 25 = 52.5 -> 53
      index: 53,
    });
    expect(el['vision-mission-strategy'].spread).toMatchObject({
      min: 2.5,
      max: 3.6,
      sd: 0.55,
      disagreement: false,
    });
    expect(el['leadership-commitment'].effective).toEqual({
      value: 1.8,
      display: 1.8,
      level: 2,
      index: 20,
    });
    expect(el['leadership-commitment'].team).toMatchObject({
      participantsCounted: 1,
      participantsFlagged: 1,
    });
    expect(el['leadership-commitment'].spread).toMatchObject({
      min: 1.8,
      max: 4,
      sd: 1.1,
      range: 2.2,
      disagreement: true,
    });
    expect(el['leadership-commitment'].insufficient).toBe(false);
    expect(el['service-culture'].effective).toEqual({
      value: 4.4,
      display: 4.4,
      level: 5,
      index: 85,
    });
    expect(el['customer-understanding'].teamScore?.value).toBe(2);
    expect(el['customer-understanding'].disagreement).toBe(true);
    expect(el['customer-understanding'].effective).toEqual({
      value: 2.5,
      display: 2.5,
      level: 2,
      index: 38,
    });
    expect(el['customer-understanding'].effectiveSource).toBe('agreed');
  });

  it('step 3: dimensions and overall', () => {
    const [leadership, culture, experience, operations] = r.dimensions;
    expect(leadership).toMatchObject({
      // shown 2.4: 1.4 * 25 = 35 (the unrounded 2.425 would give 35.6 -> 36)
      score: { value: 2.425, display: 2.4, level: 2, index: 35 },
      incomplete: false,
    });
    expect(culture).toMatchObject({ score: { value: 4.4 }, incomplete: true });
    expect(experience).toMatchObject({ score: { value: 2.5, index: 38 }, incomplete: true });
    expect(operations).toMatchObject({ score: null, incomplete: true });
    expect(r.overall).toEqual({
      score: { value: 2.9375, display: 2.9, level: 3, index: 48 },
      incomplete: true,
      scoredElements: 4,
      totalElements: 9,
    });
  });

  it('step 4: priorities, strengths, next steps, not assessed', () => {
    expect(
      r.improvementAreas.map((a) => [a.rank, a.elementId, a.gap, a.priority, a.nextStep.move]),
    ).toEqual([
      [1, 'customer-understanding', 1.5, 7.5, '2to3'],
      [2, 'leadership-commitment', 2.2, 6.6, '2to3'],
      // 3.05 shown 3.1: gap 4 - 3.1 = 0.9, priority 3 x 0.9 = 2.7
      [3, 'vision-mission-strategy', 0.9, 2.7, '3to4'],
    ]);
    expect(el['service-culture']).toMatchObject({
      gap: 0,
      priority: 0,
      improvementRank: null,
      isStrength: true,
    });
    expect(el['service-culture'].nextStep).toMatchObject({ move: '4to5', stayExcellent: true });
    expect(r.strengths).toEqual([{ elementId: 'service-culture', score: 4.4 }]);
    expect(r.notAssessed).toEqual([
      'employee-engagement',
      'experience-design',
      'service-innovation',
      'processes-structure',
      'monitoring',
    ]);
    expect(r.flags).toEqual({
      insufficient: [],
      notAssessed: r.notAssessed,
      disagreement: ['leadership-commitment', 'customer-understanding'],
      agreed: ['customer-understanding'],
    });
  });

  it('each participant on their own', () => {
    expect(r.participants[0]!.overall.score).toMatchObject({ value: 2.8, display: 2.8 });
    expect(r.participants[1]!.overall.score).toMatchObject({ value: 2.975, display: 3, level: 3 });
    // Answered = scored + not applicable: Anna 5 + 5 + 5 + 5 = 20, Bram 5 + 2 + 5 + 5 = 17
    expect(r.participants[0]!.answers).toEqual({ scored: 15, applicable: 40, total: 45 });
    expect(r.participants[1]!.answers).toEqual({ scored: 15, applicable: 43, total: 45 });
  });
});
