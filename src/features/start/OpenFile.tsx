import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { navigate } from '../../lib/router';
import { importAssessmentText } from '../../state/assessment-commands';
import type { RestoreError } from '../../model/restore';
import { MAX_BACKUP_CHARS } from '../../model/file-limits';

/** Files larger than this are refused before reading: a backup of a whole library stays far below. */
const MAX_FILE_BYTES = MAX_BACKUP_CHARS;

/** "Open file": a saved assessment comes back through restore(); a bad file changes nothing. */
export function OpenFile() {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<RestoreError | null>(null);
  const [opened, setOpened] = useState<{ added: number; failed: number } | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    setOpened(null);
    if (file.size > MAX_FILE_BYTES) {
      setError({ key: 'errors.tooLarge', path: '' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError({ key: 'errors.unreadableFile', path: '' });
      return;
    }
    const result = await importAssessmentText(text);
    if (!result.ok) setError(result.error);
    else if (result.kind === 'backup') setOpened({ added: result.added, failed: result.failed });
    else navigate({ name: 'assess', id: result.id, step: null });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="open-file">
      <h2 id={`${id}-heading`}>{t('start.open.heading')}</h2>
      <p id={`${id}-hint`}>{t('start.open.body')}</p>
      <label htmlFor={id} className="button button--secondary open-file__label">
        {t('start.open.action')}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="open-file__input"
        aria-describedby={`${id}-hint`}
        onChange={(e) => void onChange(e)}
      />
      {opened && (
        <Notice tone={opened.failed > 0 ? 'warning' : 'success'}>
          <p>{t('start.open.backupOpened', { count: opened.added })}</p>
          {opened.failed > 0 && <p>{t('start.open.backupFailed', { count: opened.failed })}</p>}
        </Notice>
      )}
      {error && (
        <Notice tone="error">
          <p>
            <strong>{t('start.open.failed')}</strong>{' '}
            {t(error.key as 'errors.invalid', {
              ...error.values,
              path: error.path,
              defaultValue: t('errors.invalid'),
            })}
          </p>
          {error.path && <p>{t('start.open.where', { path: error.path })}</p>}
          <p>{t('start.open.nothingChanged')}</p>
        </Notice>
      )}
    </section>
  );
}
