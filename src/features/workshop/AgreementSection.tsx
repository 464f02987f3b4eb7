import { useTranslation } from 'react-i18next';

/** The agreement: filled in by the next slice. */
export function AgreementSection({ id }: { id: string }) {
  const { t } = useTranslation('workshop');
  void id;
  return (
    <section aria-labelledby="agree-heading" className="workshop-section">
      <h2 id="agree-heading">{t('page.tabs.agree')}</h2>
    </section>
  );
}
