import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { useAssessments } from '../../state/assessments';

/** A quiet, polite live region: "Saving…", then "Saved in this browser". */
export function SaveIndicator() {
  const { t } = useTranslation();
  const saveState = useAssessments((s) => s.saveState);
  const text =
    saveState === 'saving'
      ? t('storage.saving')
      : saveState === 'saved'
        ? t('storage.saved')
        : saveState === 'error'
          ? t('storage.notSaved')
          : '';
  return (
    <p className="save-indicator assess-save" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** The store's last save or edit problem, in the user's language. */
export function ProblemNotice() {
  const { t, i18n } = useTranslation();
  const problem = useAssessments((s) => s.problem);
  if (!problem) return null;
  // The key comes from the store (a schema or storage message); an unknown one gets a general text.
  const text = i18n.exists(problem.key)
    ? String(t(problem.key as never, problem.values ?? {}))
    : t('errors.invalid');
  return (
    <Notice tone="error">
      <p>{text}</p>
    </Notice>
  );
}
