import { useMemo } from 'react';
import { summarize, type AssessmentSummary } from '../../model/summary';
import type { Assessment } from '../../model/schema';
import { useAssessments } from '../../state/assessments';

// Summaries are pure in the assessment object, and an edit replaces the object, so one shared
// cache keyed by object is always right and lets only the edited assessment be summarized again.
const cache = new WeakMap<Assessment, AssessmentSummary>();

function summaryOf(a: Assessment): AssessmentSummary {
  let s = cache.get(a);
  if (!s) {
    s = summarize(a);
    cache.set(a, s);
  }
  return s;
}

/**
 * Every assessment's summary, for the library. Today derived from the loaded assessments; the
 * storage rewrite swaps the source for the cached summaries. The return type is the only contract.
 */
export function useLibrary(): readonly AssessmentSummary[] {
  const byId = useAssessments((s) => s.byId);
  return useMemo(() => Object.values(byId).map(summaryOf), [byId]);
}
