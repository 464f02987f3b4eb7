/**
 * What the library shows of one assessment, derived from its inputs only. Summaries may always be
 * rebuilt: storage caches them per assessment, tagged with SCORING_VERSION, and rebuilds every
 * cached summary whose version differs (a change to scoring or progress must bump it).
 */
import { progressOf } from './progress';
import { computeResults } from './results';
import type { Assessment, AssessmentKind, Mode } from './schema';

/** Bump whenever summarize() would give a different answer for the same assessment. */
export const SCORING_VERSION = 1;

export interface AssessmentSummary {
  id: string;
  title: string;
  organisation: string;
  /** The questionnaire: quick check or full statements. */
  kind: AssessmentKind;
  mode: Mode;
  /** The assessment's own date (YYYY-MM-DD), not when it was last saved. */
  date: string;
  frameworkEdition: number;
  /** Answered and total, summed over every participant ("don't know" counts as answered). */
  progress: { answered: number; total: number };
  /** The displayed overall score (one decimal) or null when no element has a score. */
  overall: number | null;
  /** Some element has no score, so the overall score covers fewer than nine. */
  overallIncomplete: boolean;
  updatedAt: string;
  readOnly: boolean;
  previousAssessmentId: string | null;
}

export function summarize(a: Assessment): AssessmentSummary {
  let answered = 0;
  let total = 0;
  for (const p of a.participants) {
    const own = progressOf(a, p.id);
    answered += own.answered;
    total += own.total;
  }
  const overall = computeResults(a).overall;
  return {
    id: a.id,
    title: a.meta.title,
    organisation: a.meta.organisation,
    kind: a.kind,
    mode: a.mode,
    date: a.meta.date,
    frameworkEdition: a.frameworkEdition,
    progress: { answered, total },
    overall: overall.score?.display ?? null,
    overallIncomplete: overall.incomplete,
    updatedAt: a.updatedAt,
    readOnly: a.readOnly,
    previousAssessmentId: a.previousAssessmentId,
  };
}
