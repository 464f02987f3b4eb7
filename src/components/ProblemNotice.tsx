import { useTranslation } from '../i18n/use-translation';
import { useAssessments } from '../state/assessments';
import { saveAssessmentToFile } from '../state/assessment-commands';
import { Notice } from './Notice';
import { isWriteFailure } from '../state/write-failure';

/**
 * The store's last save or edit problem, in the user's language. When the browser would not
 * store the work (storage full, blocked), the way out is offered right here: save to file.
 */
export function ProblemNotice({ assessmentId }: { assessmentId?: string }) {
  const { t, i18n } = useTranslation();
  const problem = useAssessments((s) => s.problem);
  // A refused write is shown by the storage bar, which stays in view wherever the user works.
  if (!problem || isWriteFailure(problem.key)) return null;
  // The key comes from the store (a schema or storage message); an unknown one gets a general text.
  const text = i18n.exists(problem.key)
    ? String(t(problem.key as never, problem.values ?? {}))
    : t('errors.invalid');
  const storageProblem = problem.key.startsWith('storage.');
  return (
    <Notice tone="error">
      <p>{text}</p>
      {storageProblem && assessmentId && (
        <button
          type="button"
          className="button"
          onClick={() => {
            const a = useAssessments.getState().byId[assessmentId];
            if (a) saveAssessmentToFile(a);
          }}
        >
          {t('start.list.save')}
        </button>
      )}
    </Notice>
  );
}
