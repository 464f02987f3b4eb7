import { useTranslation } from 'react-i18next';

/** The team's results: filled in by the next slice. */
export function TeamResults({ id }: { id: string }) {
  const { t } = useTranslation('workshop');
  void id;
  return (
    <section aria-labelledby="team-results-heading" className="workshop-section">
      <h2 id="team-results-heading">{t('page.tabs.results')}</h2>
    </section>
  );
}
