import { useState } from 'react';
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
 * mounts when the failure starts and its text does not change while it lasts. On a phone the full
 * explanation would cover a third of the screen, so there it says one short line beside "Save to
 * file", and "Why?" unfolds the explanation and "Try again" (StorageBar.css).
 */
export function StorageBar() {
  const { t } = useTranslation();
  const problem = useAssessments((s) => s.problem);
  const route = useRoute();
  const [more, setMore] = useState(false);
  if (!problem || !isWriteFailure(problem.key)) return null;
  const key = problem.key as 'storage.writeFailed';
  const id = 'id' in route ? route.id : null;
  const save = () => {
    const a = id ? useAssessments.getState().byId[id] : undefined;
    if (a) saveAssessmentToFile(a);
    else void saveAllToFile();
  };
  return (
    <div className="storage-bar" role="alert" data-more={more || undefined}>
      <p className="storage-bar__short">
        {t(`storageBar.short.${key.slice('storage.'.length) as 'writeFailed'}`)}
      </p>
      <p id="storage-bar-message" className="storage-bar__message">
        {t(key)}
      </p>
      <div className="button-row">
        <button type="button" className="button storage-bar__button" onClick={save}>
          {id ? t('start.list.save') : t('storageBar.saveAll')}
        </button>
        <button
          type="button"
          className="storage-bar__why"
          aria-expanded={more}
          aria-controls="storage-bar-message"
          onClick={() => setMore((m) => !m)}
        >
          {t('storageBar.more')}
        </button>
        <button
          type="button"
          className="button button--secondary storage-bar__button storage-bar__retry"
          onClick={() => void flushSaves()}
        >
          {t('storageBar.retry')}
        </button>
      </div>
    </div>
  );
}
