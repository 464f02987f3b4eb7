import { useMemo } from 'react';
import type { AssessmentSummary } from '../../model/summary';
import type { Assessment } from '../../model/schema';
import { useAssessments } from '../../state/assessments';
import { engine } from '../../state/engine';

// An assessment read whole may have edits newer than its stored summary (they are written a
// moment later): its line is summarized from memory. Summaries are pure in the assessment object
// and an edit replaces the object, so a cache keyed by object is always right.
const cache = new WeakMap<Assessment, AssessmentSummary>();

function summaryOf(a: Assessment): AssessmentSummary {
  let s = cache.get(a);
  if (!s) {
    // An assessment in memory was read or made by the record engine, so it is loaded.
    s = engine().summarize(a);
    cache.set(a, s);
  }
  return s;
}

/**
 * Every assessment's line for the library: the stored summaries (read at start-up without reading
 * any assessment), and for those read whole, their summary from memory.
 */
export function useLibrary(): readonly AssessmentSummary[] {
  const summaries = useAssessments((s) => s.summaries);
  const byId = useAssessments((s) => s.byId);
  return useMemo(() => {
    const lines = { ...summaries };
    for (const [id, a] of Object.entries(byId)) lines[id] = summaryOf(a);
    return Object.values(lines);
  }, [summaries, byId]);
}
