/**
 * The shape of a library summary and its version, apart from summarize() (./summary), which needs
 * the scoring: the start page checks cached summaries without loading any of it.
 */
import type { AssessmentKind, Mode } from './schema';

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
  createdAt: string;
  updatedAt: string;
  readOnly: boolean;
  previousAssessmentId: string | null;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * Whether a cached value has the shape summarize() gives, for the assessment `id`: a row that
 * does not (written by hand, or by a version that got it wrong) is rebuilt, never shown.
 */
export function isSummary(value: unknown, id: string): value is AssessmentSummary {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof AssessmentSummary, unknown>>;
  const progress = s.progress as { answered?: unknown; total?: unknown } | null | undefined;
  return (
    s.id === id &&
    [s.title, s.organisation, s.date, s.createdAt, s.updatedAt].every(isText) &&
    (s.kind === 'quick' || s.kind === 'full') &&
    (s.mode === 'single' || s.mode === 'workshop') &&
    typeof s.frameworkEdition === 'number' &&
    typeof progress?.answered === 'number' &&
    typeof progress.total === 'number' &&
    (s.overall === null || typeof s.overall === 'number') &&
    typeof s.overallIncomplete === 'boolean' &&
    typeof s.readOnly === 'boolean' &&
    (s.previousAssessmentId === null || isText(s.previousAssessmentId))
  );
}
