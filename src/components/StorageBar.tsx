import { useTranslation } from '../i18n/use-translation';
import { useRoute } from '../lib/router';
import { flushSaves, useAssessments } from '../state/assessments';
import { saveAllToFile, saveAssessmentToFile } from '../state/assessment-commands';
import { isWriteFailure } from '../state/write-failure';
import './StorageBar.css';

/**
 * When the browser will not store the work (storage full, writes refused), this bar stays at the
 * bottom of the screen, wherever the user is working, until a later write succeeds: with "Save to
 * file" for the assessment on screen (or all of them) and "Try again". It is an alert once: it
 * mounts when the failure starts and its text does not change while it lasts.
 */
export function StorageBar() {
  const { t } = useTranslation();
  const problem = useAssessments((s) => s.problem);
  const route = useRoute();
  if (!problem || !isWriteFailure(problem.key)) return null;
  const id = 'id' in route ? route.id : null;
  const save = () => {
    const a = id ? useAssessments.getState().byId[id] : undefined;
    if (a) saveAssessmentToFile(a);
    else void saveAllToFile();
  };
  return (
    <div className="storage-bar" role="alert">
      <p>{t(problem.key as 'storage.writeFailed')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={save}>
          {id ? t('start.list.save') : t('storageBar.saveAll')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void flushSaves()}
        >
          {t('storageBar.retry')}
        </button>
      </div>
    </div>
  );
}
