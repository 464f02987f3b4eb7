/**
 * What the library shows of one assessment, derived from its inputs only. Summaries may always be
 * rebuilt: storage caches them per assessment, tagged with SCORING_VERSION, and rebuilds every
 * cached summary whose version differs (a change to scoring or progress must bump it).
 */
import { progressOf } from './progress';
import { computeResults } from './results';
import type { Assessment } from './schema';
import type { AssessmentSummary } from './summary-shape';

export { isSummary, SCORING_VERSION, type AssessmentSummary } from './summary-shape';

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
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    readOnly: a.readOnly,
    previousAssessmentId: a.previousAssessmentId,
  };
}
