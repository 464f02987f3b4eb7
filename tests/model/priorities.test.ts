import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, allSteps, stepsOf, type ElementId } from '../../src/model/framework';
import {
  compareImprovementAreas,
  elementPriority,
  gapOf,
  improvementAreas,
  nextStep,
  notAssessed,
  priorityOf,
  strengths,
  type PriorityInput,
} from '../../src/model/priorities';

const input = (
  elementId: ElementId,
  score: number | null,
  target = 4,
  importance = 3,
): PriorityInput => ({
  elementId,
  score,
  target,
  importance,
});

describe('gap and priority', () => {
  it('gap = max(0, target - displayed score), priority = importance x gap, both snapped', () => {
    // 2.35 shows 2.4: 4 - 2.4 = 1.6 (1.6000000000000001 in floating point -> 1.6); 3 x 1.6 -> 4.8
    expect(gapOf(2.35, 4)).toBe(1.6);
    expect(priorityOf(3, 1.6)).toBe(4.8);
    expect(gapOf(4.4, 4)).toBe(0);
    // 3.96 shows 4.0: gap 0, although 4 - 3.96 = 0.04 on the unrounded score.
    expect(gapOf(3.96, 4)).toBe(0);
    // 5 - 4.3 = 0.7; 3 x 0.7 = 2.0999999999999996 -> 2.1
    expect(elementPriority({ ...input('monitoring', 4.3, 5), score: 4.3 })).toMatchObject({
      gap: 0.7,
      priority: 2.1,
    });
  });
});

describe('MODEL.md edge case: 2.25 shown 2.3, target 4', () => {
  it('gives gap 1.7 and, with importance 3, priority 5.1', () => {
    // 4 - 2.3 = 1.7 (not 1.75); 3 x 1.7 = 5.1000000000000005 in floating point -> 5.1
    expect(elementPriority({ ...input('monitoring', 2.25, 4, 3), score: 2.25 })).toMatchObject({
      gap: 1.7,
      priority: 5.1,
    });
  });
});

describe('improvement areas', () => {
  it('ranks by priority, then lower score, then model order', () => {
    const ranked = improvementAreas([
      input('vision-mission-strategy', 3), // gap 1, importance 3 -> 3
      input('leadership-commitment', 2, 5, 1), // gap 3, importance 1 -> 3, lower score than vms
      input('service-culture', 3), // 3, same score as vms, later in the model
      input('employee-engagement', 1, 4, 5), // gap 3 x 5 = 15
      input('customer-understanding', 4.5), // gap 0 -> not an area
      input('experience-design', null), // not assessed
      input('service-innovation', 3.9, 4, 1), // 0.1
    ]);
    expect(ranked.map((r) => [r.elementId, r.priority])).toEqual([
      ['employee-engagement', 15],
      ['leadership-commitment', 3],
      ['vision-mission-strategy', 3],
      ['service-culture', 3],
      ['service-innovation', 0.1],
    ]);
  });

  it('lists elements without a score apart, in model order', () => {
    expect(
      notAssessed([
        input('monitoring', null),
        input('service-culture', 2),
        input('leadership-commitment', null),
      ]),
    ).toEqual(['leadership-commitment', 'monitoring']);
  });

  it('is a total order: any shuffle of the input gives the same ranking', () => {
    const arbInputs = fc
      .tuple(
        ...ELEMENT_IDS.map((id) =>
          fc.record({
            elementId: fc.constant(id),
            // Few distinct values so that ties in priority and score are common.
            score: fc.option(fc.constantFrom(1, 1.5, 2, 2.5, 3, 3.5, 4, 5), { nil: null }),
            target: fc.integer({ min: 1, max: 5 }),
            importance: fc.integer({ min: 1, max: 5 }),
          }),
        ),
      )
      .chain((items) =>
        fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
      );
    fc.assert(
      fc.property(arbInputs, ([items, shuffled]) => {
        const a = improvementAreas(items);
        const b = improvementAreas(shuffled);
        expect(b).toEqual(a);
        for (let i = 1; i < a.length; i++)
          expect(compareImprovementAreas(a[i - 1]!, a[i]!)).toBeLessThan(0);
      }),
    );
  });
});

describe('strengths', () => {
  it('takes displayed scores of 3.4 and up, at most three, highest first, ties in model order', () => {
    const picked = strengths([
      input('vision-mission-strategy', 3.35), // shows 3.4: qualifies
      input('leadership-commitment', 3.34), // shows 3.3: does not
      input('service-culture', 4),
      input('employee-engagement', 4.5),
      input('customer-understanding', 4), // ties with service-culture, later in the model
      input('experience-design', null),
    ]);
    expect(picked).toEqual([
      { elementId: 'employee-engagement', score: 4.5 },
      { elementId: 'service-culture', score: 4 },
      { elementId: 'customer-understanding', score: 4 },
    ]);
  });

  it('orders by the unrounded score: 4.26 before 4.24 although both show 4.3', () => {
    expect(
      strengths([input('service-culture', 4.24), input('monitoring', 4.26)]).map(
        (s) => s.elementId,
      ),
    ).toEqual(['monitoring', 'service-culture']);
    expect(strengths([input('service-culture', 3.35)])).toHaveLength(1);
    expect(strengths([input('service-culture', 3.3)])).toEqual([]);
  });

  it('an element can be both a strength and an improvement area (4.3 with target 5)', () => {
    const items = [input('monitoring', 4.3, 5)];
    expect(strengths(items).map((s) => s.elementId)).toEqual(['monitoring']);
    expect(improvementAreas(items)).toEqual([
      { elementId: 'monitoring', score: 4.3, target: 5, importance: 3, gap: 0.7, priority: 2.1 },
    ]);
  });
});

describe('next steps from the level band of the displayed score', () => {
  it.each([
    [1, 1, '1to2', false],
    [1.74, 1, '1to2', false], // shows 1.7
    [1.75, 2, '2to3', false], // shows 1.8
    [2.5, 2, '2to3', false],
    [2.55, 3, '3to4', false], // shows 2.6
    [3.35, 4, '4to5', false], // shows 3.4
    [4.1, 4, '4to5', false],
    [4.15, 5, '4to5', true], // shows 4.2: stay excellent
    [5, 5, '4to5', true],
  ] as const)('%f -> level %i, move %s, stayExcellent %s', (score, level, move, stayExcellent) => {
    // Monitoring's steps by hand: 2to3 offers s1, s2, s4 (s3 retired), 3to4 s1, s4, s3 (s2
    // retired); the other moves s1, s2, s3.
    const numbers = { '1to2': [1, 2, 3], '2to3': [1, 2, 4], '3to4': [1, 4, 3], '4to5': [1, 2, 3] }[
      move
    ];
    expect(nextStep('monitoring', score)).toEqual({
      level,
      move,
      stayExcellent,
      keys: numbers.map((n) => `elements.monitoring.steps.${move}.s${n}`),
      stepIds: numbers.map((n) => `mo-${move}-s${n}`),
      checkKeys: numbers.map((n) => `elements.monitoring.checks.${move}.s${n}`),
    });
  });
});

describe('step ids', () => {
  it('are permanent: a changed step has a new id and the old one is retired, not deleted', () => {
    // processes-structure 1to2: s1 (first-contact resolution, monitoring's) and s3 (room to act,
    // engagement's) were replaced by s4 (complaint call-back) and s5 (decisions near the front).
    expect(stepsOf('processes-structure', '1to2').map((s) => s.id)).toEqual([
      'ps-1to2-s4',
      'ps-1to2-s2',
      'ps-1to2-s5',
    ]);
    const retired = allSteps().filter((s) => s.retired);
    // 13 retired: vms 3, lc 1, sc 2, cu 1, ps 4, mo 2.
    expect(retired).toHaveLength(13);
    expect(retired.find((s) => s.id === 'ps-1to2-s1')).toMatchObject({
      textKey: 'elements.processes-structure.retiredSteps.1to2.s1',
      checkKey: null,
    });
    // 9 elements x 4 moves x 3 steps offered + 13 retired = 121 ids, each once.
    const ids = allSteps().map((s) => s.id);
    expect(ids).toHaveLength(121);
    expect(new Set(ids).size).toBe(121);
  });
});
