import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { PageHeading } from '../../components/PageHeading';
import { useAssessments } from '../../state/assessments';
import { DataPrivacy } from './DataPrivacy';
import { ModelOverview } from './ModelOverview';
import { StartOptions } from './StartOptions';
import { UnreadableRecords } from './UnreadableRecords';
import './start.css';

/** The start page; the library (its own feature) is handed in by the app, which composes features. */
export function StartPage({ library }: { library: ReactNode }) {
  const { t } = useTranslation();
  // The page is prerendered at build time with nothing read yet; what comes from storage renders
  // once it is read, so hydration meets exactly the prerendered markup.
  const ready = useAssessments((s) => s.status !== 'loading');
  return (
    <div className="start-page">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      <UnreadableRecords />
      <StartOptions />
      {ready ? library : <p className="app-loading">{t('app.loading')}</p>}
      <section aria-labelledby="audience-heading">
        <h2 id="audience-heading">{t('start.audienceLabel')}</h2>
        <ul className="audience-list">
          <li>{t('start.audience.team')}</li>
          <li>{t('start.audience.consultant')}</li>
          <li>{t('start.audience.individual')}</li>
        </ul>
      </section>
      <ModelOverview />
      <DataPrivacy />
    </div>
  );
}
