import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { applyUpdate, useUpdateReady } from './service-worker';

/** "A new version is ready: reload", shown once a new version waits; the page never swaps itself. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const ready = useUpdateReady();
  const [busy, setBusy] = useState(false);
  return (
    <div role="status" className="update-prompt" hidden={!ready}>
      {ready && (
        <>
          <p>{t('pwa.updateReady')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void applyUpdate();
            }}
          >
            {t('pwa.reload')}
          </button>
        </>
      )}
    </div>
  );
}
