import { describe, expect, it } from 'vitest';
import { compareScores } from '../../src/model/compare';
import { formatDelta } from '../../src/model/numbers';
import { scoreMap } from './scoring-fixtures';

describe('compareScores', () => {
  const current = scoreMap({
    'vision-mission-strategy': 3.5,
    'leadership-commitment': 2.2,
    'employee-engagement': 4, // new: not in the previous assessment
  });
  const previous = scoreMap({
    'vision-mission-strategy': 3,
    'leadership-commitment': 2.5,
    'service-culture': 3, // dropped: not in the current assessment
  });
  const c = compareScores(current, previous);

  it('gives a delta per element only where both have a score', () => {
    const byId = Object.fromEntries(c.elements.map((e) => [e.elementId, e.delta]));
    expect(byId['vision-mission-strategy']).toBe(0.5);
    expect(byId['leadership-commitment']).toBe(-0.3); // 2.2 - 2.5 = -0.30000000000000027 unsnapped
    expect(byId['service-culture']).toBeNull();
    expect(byId['employee-engagement']).toBeNull();
    expect(byId.monitoring).toBeNull();
    expect(c.elements).toHaveLength(9);
  });

  it('takes the overall delta over the elements scored in both, with the count', () => {
    // Both: vms and lc. Current (3.5 + 2.2) / 2 = 2.85; previous (3 + 2.5) / 2 = 2.75; delta 0.1
    expect(c.overall).toEqual({ count: 2, current: 2.85, previous: 2.75, delta: 0.1 });
    expect(formatDelta(c.overall.delta!, 'nl')).toBe('+0,1');
  });

  it('takes each delta from the scores as displayed', () => {
    // 2.35 shows 2.4 and 2.24 shows 2.2: the page says 2,4 - 2,2 = +0,2, not 2.35 - 2.24 = 0.11 (+0,1).
    const shown = compareScores(scoreMap({ monitoring: 2.35 }), scoreMap({ monitoring: 2.24 }));
    expect(shown.elements.find((e) => e.elementId === 'monitoring')?.delta).toBe(0.2);
    // Overall: the means 2.35 and 2.24 are displayed as 2.4 and 2.2 too, so +0.2 again.
    expect(shown.overall.delta).toBe(0.2);
    // 3.149 shows 3.1 and 3.05 shows 3.1: no change on the page, so 0.
    const b = compareScores(scoreMap({ monitoring: 3.149 }), scoreMap({ monitoring: 3.05 }));
    expect(b.overall.delta).toBe(0);
  });

  it('has no overall delta when nothing is scored in both', () => {
    const none = compareScores(scoreMap({ monitoring: 3 }), scoreMap({ 'service-culture': 3 }));
    expect(none.overall).toEqual({ count: 0, current: null, previous: null, delta: null });
  });
});

describe('compareScores: dimensions', () => {
  it('takes each dimension over its elements scored in both, by the same rule as overall', () => {
    // Experience: cu 2.0 -> 3.0, ed 2.55 -> 3.15 (shown 2.6 -> 3.2), si only now.
    // Means over cu and ed: before (2 + 2.55) / 2 = 2.275 -> 2.3; now (3 + 3.15) / 2 = 3.075
    // -> 3.1; delta 3.1 - 2.3 = +0.8 (not 3.1 - 2.3 from rounded elements' own means).
    const now = scoreMap({
      'customer-understanding': 3,
      'experience-design': 3.15,
      'service-innovation': 4,
    });
    const before = scoreMap({ 'customer-understanding': 2, 'experience-design': 2.55 });
    const c = compareScores(now, before);
    const experience = c.dimensions.find((d) => d.dimensionId === 'experience')!;
    expect(experience).toEqual({
      dimensionId: 'experience',
      count: 2,
      current: 3.075,
      previous: 2.275,
      delta: 0.8,
    });
    expect(c.elements.find((e) => e.elementId === 'experience-design')?.delta).toBe(0.6);
    // A dimension with nothing scored in both has no delta.
    expect(c.dimensions.find((d) => d.dimensionId === 'leadership')).toMatchObject({
      count: 0,
      delta: null,
    });
    expect(c.dimensions.map((d) => d.dimensionId)).toEqual([
      'leadership',
      'culture',
      'experience',
      'operations',
    ]);
  });
});
