import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { removeEverything, useAssessments } from '../../state/assessments';
import { saveAllToFile } from '../../state/assessment-commands';

/** Says plainly where the data lives, and lets the user take all of it out of this browser. */
export function DataPrivacy() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const count = useAssessments((s) => Object.keys(s.byId).length);
  return (
    <section aria-labelledby="data-heading" className="data-privacy">
      <h2 id="data-heading">{t('start.data.heading')}</h2>
      <p>{t('start.data.body')}</p>
      <p>{t('start.data.backup')}</p>
      <div className="button-row">
        {count > 0 && (
          <button type="button" className="button button--secondary" onClick={saveAllToFile}>
            {t('start.data.saveAll', { count })}
          </button>
        )}
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('start.data.removeAll')}
        </button>
      </div>
      {done && (
        <Notice tone="success">
          <p>{t('start.data.removed')}</p>
        </Notice>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('start.data.confirmTitle')}
        confirmLabel={t('start.data.confirmAction')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void removeEverything().then(() => setDone(true));
        }}
      >
        <p>{t('start.data.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
