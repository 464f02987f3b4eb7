/**
 * How the team answered each statement, as an unnamed dot plot needs it: how many chose each
 * level, with "not applicable", "don't know" and open counted apart, and the spread of the levels.
 */
import type { ElementId, Level } from '../framework';
import { spreadOf, type Spread } from '../team';
import type { WorkshopAnswer } from './types';

export interface StatementSpread {
  statementId: string;
  elementId: ElementId;
  /** How many answered each level 1 to 5 (never who). */
  counts: Record<Level, number>;
  notApplicable: number;
  dontKnow: number;
  open: number;
  /** Over the levels only; null when nobody gave one. */
  spread: Spread | null;
  /** max - min >= 2. */
  disagreement: boolean;
}

/**
 * The spread of each of an element's statements over a set of responses (one answer map per
 * participant; an absent statement is open). `statementIds` are the element's statements in the
 * assessment's framework edition.
 */
export function statementSpreads(
  elementId: ElementId,
  statementIds: readonly string[],
  responses: readonly Readonly<Record<string, WorkshopAnswer | undefined>>[],
): StatementSpread[] {
  return statementIds.map((statementId) => {
    const counts: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    const levels: number[] = [];
    let notApplicable = 0;
    let dontKnow = 0;
    let open = 0;
    for (const r of responses) {
      const answer = r[statementId];
      if (answer === 'na') notApplicable += 1;
      else if (answer === 'dk') dontKnow += 1;
      else if (typeof answer === 'number') {
        counts[answer as Level] += 1;
        levels.push(answer);
      } else open += 1;
    }
    const spread = spreadOf(levels);
    return {
      statementId,
      elementId,
      counts,
      notApplicable,
      dontKnow,
      open,
      spread,
      disagreement: spread?.disagreement ?? false,
    };
  });
}
