/**
 * Comparison of two assessments (MODEL.md section 3, "Comparison of two assessments"), on the
 * effective element scores. Only elements scored in both count, so a newly assessed element
 * never shows up as a rise from nothing.
 */
import { ELEMENT_IDS, type ElementId } from './framework';
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

export interface Comparison {
  /** In model order. */
  elements: ElementDelta[];
  overall: OverallDelta;
}

/**
 * Deltas per element and overall between two sets of effective element scores.
 * The overall delta is mean(current) - mean(previous) over the elements scored in both (the
 * means taken over the unrounded scores, the difference over the means as displayed), which
 * can differ from the difference of the two overall scores when either is incomplete.
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
  const both = elements.filter((e) => e.delta !== null);
  const cur = mean(both.map((e) => e.current as number));
  const prev = mean(both.map((e) => e.previous as number));
  return {
    elements,
    overall: {
      count: both.length,
      current: cur,
      previous: prev,
      delta: cur !== null && prev !== null ? shownDifference(cur, prev) : null,
    },
  };
}
