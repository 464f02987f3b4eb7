/**
 * Time estimates for the start page, worked out rather than guessed: the quick check from the
 * words a participant reads, the full assessment from a stated answering time per statement.
 */
import {
  CURRENT_EDITION,
  ELEMENT_IDS,
  LEVELS,
  editionStatementIds,
  frameworkKeys,
} from './framework';

/** An adult's silent reading pace for plain, practical text. */
export const WORDS_PER_MINUTE = 200;
/** Reading a statement, checking it against what one knows, choosing a level. */
export const SECONDS_PER_STATEMENT = 30;

/** Words in a text: runs of non-space characters ({{customers}} counts as the one word it becomes). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** i18n keys (namespace `framework`) of everything the quick check shows: nine questions, five descriptors each. */
export function quickCheckKeys(): string[] {
  return ELEMENT_IDS.flatMap((id) => [
    frameworkKeys.quickQuestion(id),
    ...LEVELS.map((l) => frameworkKeys.quickDescriptor(id, l)),
  ]);
}

/** Whole minutes (rounded up, at least 1) to read these texts at WORDS_PER_MINUTE. */
export function readingMinutes(texts: readonly string[]): number {
  return minutesToRead(texts.reduce((n, t) => n + countWords(t), 0));
}

/** Whole minutes (rounded up, at least 1) to read this many words at WORDS_PER_MINUTE. */
export function minutesToRead(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** The full assessment of the current edition: its statement count and whole minutes to answer them. */
export function fullAssessmentEstimate(): { statements: number; minutes: number } {
  const statements = editionStatementIds(CURRENT_EDITION).length;
  return { statements, minutes: Math.ceil((statements * SECONDS_PER_STATEMENT) / 60) };
}
