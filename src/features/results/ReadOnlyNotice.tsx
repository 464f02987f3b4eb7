import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';

/** The demo is read-only: say so, and offer an editable copy. */
export const ReadOnlyNotice = memo(function ReadOnlyNotice({ onCopy }: { onCopy: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice className="results-readonly">
      <p>{t('results.readOnly.body')}</p>
      <p>
        <button type="button" className="button" onClick={onCopy}>
          {t('results.readOnly.copy')}
        </button>
      </p>
    </Notice>
  );
});
