/**
 * Comparison of two assessments (MODEL.md section 3, "Comparison of two assessments"), on the
 * effective element scores. Only elements scored in both count, so a newly assessed element
 * never shows up as a rise from nothing.
 */
import { DIMENSIONS, ELEMENT_IDS, type DimensionId, type ElementId } from './framework';
import { mean, type ElementScoreMap } from './scoring';
import { shownDifference } from './numbers';

/** One element in both assessments. */
export interface ElementDelta {
  elementId: ElementId;
  current: number | null;
  previous: number | null;
  /** current - previous, both as displayed (2.35 - 2.24 -> 2.4 - 2.2 = 0.2); null unless both are scored. */
  delta: number | null;
}

/** The overall change over the elements scored in both assessments. */
export interface OverallDelta {
  /** How many elements are scored in both. */
  count: number;
  /** Mean of the current scores over those elements; null when count is 0. */
  current: number | null;
  /** Mean of the previous scores over those elements; null when count is 0. */
  previous: number | null;
  /** Displayed mean current - displayed mean previous over those elements; null when count is 0. */
  delta: number | null;
}

/** One dimension: the same rule as overall, over its elements scored in both. */
export interface DimensionDelta extends OverallDelta {
  dimensionId: DimensionId;
}

export interface Comparison {
  /** In model order. */
  elements: ElementDelta[];
  /** In model order. */
  dimensions: DimensionDelta[];
  overall: OverallDelta;
}

/** Mean current and previous over the given elements scored in both, and their shown difference. */
function overBoth(elements: readonly ElementDelta[]): OverallDelta {
  const both = elements.filter((e) => e.delta !== null);
  const cur = mean(both.map((e) => e.current as number));
  const prev = mean(both.map((e) => e.previous as number));
  return {
    count: both.length,
    current: cur,
    previous: prev,
    delta: cur !== null && prev !== null ? shownDifference(cur, prev) : null,
  };
}

/**
 * Deltas per element, per dimension and overall between two sets of effective element scores.
 * The overall delta is mean(current) - mean(previous) over the elements scored in both (the
 * means taken over the unrounded scores, the difference over the means as displayed), which
 * can differ from the difference of the two overall scores when either is incomplete. A
 * dimension's delta follows the same rule over its own elements.
 */
export function compareScores(current: ElementScoreMap, previous: ElementScoreMap): Comparison {
  const elements = ELEMENT_IDS.map((elementId): ElementDelta => {
    const c = current[elementId];
    const p = previous[elementId];
    return {
      elementId,
      current: c,
      previous: p,
      delta: c !== null && p !== null ? shownDifference(c, p) : null,
    };
  });
  const dimensions = DIMENSIONS.map((d): DimensionDelta => ({
    dimensionId: d.id,
    ...overBoth(elements.filter((e) => d.elementIds.includes(e.elementId))),
  }));
  return { elements, dimensions, overall: overBoth(elements) };
}
