/**
 * Where the team disagrees (MODEL.md "Team": max - min >= 2 on a statement or an element), and
 * the "to discuss" list that puts the largest disagreements first.
 */
import type { ElementId } from '../framework';
import { displayScore, snap } from '../numbers';
import { DISAGREEMENT_RANGE, type Spread, type TeamElementScore } from '../team';
import type { StatementSpread } from './statement-spread';

/**
 * max - min from the scores as displayed, so "2,0 to 4,0" always reads as a range of 2:
 * 1.33 and 3.25 show as 1,3 and 3,3 and give 2.0 here (the unrounded range is 1.92).
 */
export function displayedRange(spread: Pick<Spread, 'min' | 'max'>): number {
  return snap(displayScore(spread.max) - displayScore(spread.min));
}

/** The participants lie 2 or more apart (on the displayed scores). */
export function disagrees(spread: Pick<Spread, 'min' | 'max'> | null): boolean {
  return spread !== null && displayedRange(spread) >= DISAGREEMENT_RANGE;
}

export interface DiscussItem {
  kind: 'element' | 'statement';
  elementId: ElementId;
  /** Null for an element. */
  statementId: string | null;
  /** Lowest and highest, as displayed. */
  min: number;
  max: number;
  range: number;
}

/**
 * Every element and statement with a disagreement, largest range first; equal ranges keep the
 * input order (elements in model order, each followed by its statements).
 */
export function toDiscuss(
  elements: readonly TeamElementScore[],
  statements: readonly StatementSpread[],
): DiscussItem[] {
  const items: DiscussItem[] = [];
  const add = (
    kind: DiscussItem['kind'],
    elementId: ElementId,
    statementId: string | null,
    spread: Spread | null,
  ) => {
    if (spread === null || !disagrees(spread)) return;
    items.push({
      kind,
      elementId,
      statementId,
      min: displayScore(spread.min),
      max: displayScore(spread.max),
      range: displayedRange(spread),
    });
  };
  for (const e of elements) {
    add('element', e.elementId, null, e.spread);
    for (const s of statements) {
      if (s.elementId === e.elementId) add('statement', s.elementId, s.statementId, s.spread);
    }
  }
  return items.sort((a, b) => b.range - a.range);
}
