import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { uiLanguageOf } from '../../i18n/config';
import { backupReminderDue, BACKUP_REMINDER_DAYS } from '../../model/backup-reminder';
import { formatIsoDate } from '../../model/format-date';
import { removeEverything, useAssessments } from '../../state/assessments';
import { saveAllToFile } from '../../state/assessment-commands';
import { loadLastBackup, useLastBackup } from '../../state/last-backup';
import { checkPersistence, usePersistence } from '../../state/persistence';

/**
 * The data panel: where the data lives, whether the browser promised to keep it, when a backup
 * file was last saved (with a reminder after 30 days without one), and "remove all my data".
 */
export function DataPrivacy() {
  const { t, i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  // The library's lines, and any assessment read whole whose line is not written yet.
  const count = useAssessments(
    (s) => new Set([...Object.keys(s.summaries), ...Object.keys(s.byId)]).size,
  );
  const oldestCreated = useAssessments((s) => {
    let oldest: string | null = null;
    for (const a of [...Object.values(s.summaries), ...Object.values(s.byId)])
      if (oldest === null || a.createdAt < oldest) oldest = a.createdAt;
    return oldest;
  });
  const persisted = usePersistence((s) => s.persisted);
  const lastBackup = useLastBackup((s) => s.at);
  useEffect(() => {
    void checkPersistence();
    void loadLastBackup();
  }, []);
  const [now] = useState(() => new Date().toISOString());
  const remind = count > 0 && backupReminderDue({ lastBackup, oldestCreated, now });

  return (
    <section aria-labelledby="data-heading" className="data-privacy">
      <h2 id="data-heading">{t('start.data.heading')}</h2>
      <p>{t('start.data.body')}</p>
      <ul className="data-privacy__facts">
        <li>
          {t(
            persisted === true
              ? 'start.data.persisted'
              : persisted === false
                ? 'start.data.notPersisted'
                : 'start.data.persistedUnknown',
          )}
        </li>
        <li>
          {lastBackup
            ? t('start.data.lastBackup', { date: formatIsoDate(lastBackup.slice(0, 10), language) })
            : t('start.data.noBackup')}
        </li>
      </ul>
      {remind ? (
        <Notice tone="warning">
          <p>{t('start.data.reminder', { days: BACKUP_REMINDER_DAYS })}</p>
        </Notice>
      ) : (
        <p>{t('start.data.backup')}</p>
      )}
      <div className="button-row">
        {count > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void saveAllToFile()}
          >
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
