/**
 * The perception gap between two groups (MODEL.md "Groups and the perception gap", seed 001:
 * 80% of boards call themselves customer-centred, 8% of their customers agree).
 */
import { ELEMENT_IDS, type ElementId } from '../framework';
import { displayScore, snap } from '../numbers';
import type { GroupResult } from './groups';

/** A gap of this size or more, either way, is flagged. */
export const GAP_FLAG = 1;

export interface ElementGap {
  elementId: ElementId;
  /** Group A's and B's scores as displayed (one decimal); null when the group has none. */
  a: number | null;
  b: number | null;
  /** a - b from the displayed scores, so the page's arithmetic checks out; null unless both. */
  gap: number | null;
  /** |gap| >= 1.0. */
  flagged: boolean;
  /** Either group's score is flagged "insufficient answers". */
  insufficient: boolean;
}

/**
 * Group A minus group B per element, largest |gap| first (ties in model order), elements without
 * a gap last in model order. Null when either group's figures are hidden by anonymity.
 */
export function perceptionGap(a: GroupResult, b: GroupResult): ElementGap[] | null {
  const ea = a.elements;
  const eb = b.elements;
  if (ea === null || eb === null) return null;
  const gaps = ELEMENT_IDS.map((elementId): ElementGap => {
    const sa = ea[elementId];
    const sb = eb[elementId];
    const da = sa.teamScore === null ? null : displayScore(sa.teamScore);
    const db = sb.teamScore === null ? null : displayScore(sb.teamScore);
    const gap = da !== null && db !== null ? snap(da - db) : null;
    return {
      elementId,
      a: da,
      b: db,
      gap,
      flagged: gap !== null && Math.abs(gap) >= GAP_FLAG,
      insufficient: sa.insufficient || sb.insufficient,
    };
  });
  const size = (g: ElementGap) => (g.gap === null ? -1 : Math.abs(g.gap));
  // Array.prototype.sort is stable, so equal gaps stay in model order.
  return gaps.sort((x, y) => size(y) - size(x));
}
