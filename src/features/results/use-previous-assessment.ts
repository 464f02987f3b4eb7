import type { Assessment } from '../../model/schema';
import { useOpenedAssessment } from '../../state/use-opened';

/** The assessment a reassessment follows up, while it is in this browser; else null. */
export function usePreviousAssessment(assessment: Assessment): Assessment | null {
  const previousId = assessment.previousAssessmentId;
  return useOpenedAssessment(previousId);
}
