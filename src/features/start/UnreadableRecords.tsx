import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { discardUnreadable, useAssessments } from '../../state/assessments';

/**
 * Saved records that restore() could not read (damaged, or from a newer app version) are never
 * dropped silently: the user sees them and can download the raw data before removing it.
 */
export function UnreadableRecords() {
  const { t } = useTranslation();
  const unreadable = useAssessments((s) => s.unreadable);
  if (unreadable.length === 0) return null;
  return (
    <Notice tone="warning">
      <p>{t('start.unreadable.intro', { count: unreadable.length })}</p>
      <ul>
        {unreadable.map((u) => (
          <li key={u.key}>
            <code>{u.key}</code>:{' '}
            {t(u.error.key as 'errors.invalid', {
              ...u.error.values,
              defaultValue: t('errors.invalid'),
            })}{' '}
            <span className="button-row">
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() =>
                  downloadText(`se-radar-unreadable-${u.key}.json`, u.text, 'application/json')
                }
              >
                {t('start.unreadable.download')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => void discardUnreadable(u.key)}
              >
                {t('start.unreadable.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
