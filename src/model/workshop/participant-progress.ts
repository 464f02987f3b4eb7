/** How far a participant's draft is: counted the way the assessment counts progress. */
import { ELEMENT_IDS, statementIdsOf, type Edition, type ElementId } from '../framework';
import type { Draft } from './participant-draft';
import type { Questionnaire } from './links/fields';

export interface DraftProgress {
  answered: number;
  total: number;
}

/** Answered questions of one element ("don't know" and "not applicable" count as answered). */
export function elementProgress(
  draft: Draft,
  questionnaire: Questionnaire,
  edition: Edition,
  elementId: ElementId,
): DraftProgress {
  if (questionnaire === 'quick') {
    return { answered: draft.quickAnswers[elementId] === undefined ? 0 : 1, total: 1 };
  }
  const ids = statementIdsOf(edition, elementId);
  return { answered: ids.filter((s) => draft.answers[s] !== undefined).length, total: ids.length };
}

/** Answered questions of the whole questionnaire. */
export function draftProgress(
  draft: Draft,
  questionnaire: Questionnaire,
  edition: Edition,
): DraftProgress {
  return ELEMENT_IDS.reduce(
    (sum, id) => {
      const p = elementProgress(draft, questionnaire, edition, id);
      return { answered: sum.answered + p.answered, total: sum.total + p.total };
    },
    { answered: 0, total: 0 },
  );
}
