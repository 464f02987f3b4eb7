/**
 * How far one participant has come in an assessment: answered versus total, per element and
 * overall. A full assessment counts statements ("not applicable" is a deliberate answer, so it
 * counts as answered; "don't know" is open). A quick check counts elements with a level.
 */
import { assessmentStatementIds, ELEMENTS, type EditionCarrier, type ElementId } from './framework';
import type { Assessment } from './schema';

export interface ProgressCount {
  answered: number;
  total: number;
}

export interface Progress extends ProgressCount {
  perElement: Record<ElementId, ProgressCount>;
}

/**
 * One participant's progress through the assessment.
 * @param assessment only its kind, edition and answers are read, so a narrow selection of the store will do
 * @param participantId whose answers count; an unknown participant has answered nothing
 */
export function progressOf(
  assessment: Pick<Assessment, 'kind' | 'answers' | 'quickAnswers'> & EditionCarrier,
  participantId: string,
): Progress {
  const perElement = {} as Record<ElementId, ProgressCount>;
  let answered = 0;
  let total = 0;
  if (assessment.kind === 'full') {
    const mine = assessment.answers[participantId] ?? {};
    for (const element of ELEMENTS) {
      // Only the framework's statements count: the schema refuses others, but be strict anyway.
      const ids = assessmentStatementIds(assessment, element.id);
      const done = ids.filter((s) => mine[s] !== undefined).length;
      perElement[element.id] = { answered: done, total: ids.length };
      answered += done;
      total += ids.length;
    }
  } else {
    const mine = assessment.quickAnswers[participantId] ?? {};
    for (const element of ELEMENTS) {
      const done = mine[element.id] !== undefined ? 1 : 0;
      perElement[element.id] = { answered: done, total: 1 };
      answered += done;
      total += 1;
    }
  }
  return { perElement, answered, total };
}
