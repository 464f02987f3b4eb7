import { useTranslation } from '../../i18n/use-translation';
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
