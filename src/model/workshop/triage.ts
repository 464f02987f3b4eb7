/**
 * Triage before the discussion (MODEL.md "Team"): elements whose participants lie within 1.0 of
 * each other can be accepted at the displayed team score in one step; the others are discussed.
 */
import type { ElementId } from '../framework';
import { displayScore } from '../numbers';
import type { TeamElementScore } from '../team';
import { displayedRange } from './discuss';

/** Participants this close (max - min, displayed) agree well enough to accept the mean. */
export const TRIAGE_RANGE = 1;

export interface Triage {
  /** Accept these at `score`, the displayed team score, in one step. */
  accept: { elementId: ElementId; score: number }[];
  /** Wider apart than 1.0, or a team score flagged "insufficient answers". */
  discuss: ElementId[];
  /** Already has an agreed score: triage leaves it alone. */
  agreed: ElementId[];
  /** No team score to agree on. */
  unscored: ElementId[];
}

/** Sorts the elements (in the order given) into accept, discuss, already agreed and unscored. */
export function triage(elements: readonly TeamElementScore[]): Triage {
  const result: Triage = { accept: [], discuss: [], agreed: [], unscored: [] };
  for (const e of elements) {
    if (e.agreedScore !== null) result.agreed.push(e.elementId);
    else if (e.teamScore === null || e.spread === null) result.unscored.push(e.elementId);
    else if (!e.insufficient && displayedRange(e.spread) <= TRIAGE_RANGE) {
      result.accept.push({ elementId: e.elementId, score: displayScore(e.teamScore) });
    } else result.discuss.push(e.elementId);
  }
  return result;
}
