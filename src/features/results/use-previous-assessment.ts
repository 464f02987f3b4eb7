import type { Assessment } from '../../model/schema';
import { useAssessments } from '../../state/assessments';

/** The assessment a reassessment follows up, while it is in this browser; else null. */
export function usePreviousAssessment(assessment: Assessment): Assessment | null {
  const previousId = assessment.previousAssessmentId;
  return useAssessments((s) => (previousId ? (s.byId[previousId] ?? null) : null));
}
