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
