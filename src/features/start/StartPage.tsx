import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useAssessments } from '../../state/assessments';
import { AssessmentList } from './AssessmentList';
import { DataPrivacy } from './DataPrivacy';
import { ModelOverview } from './ModelOverview';
import { OpenFile } from './OpenFile';
import { StartOptions } from './StartOptions';
import { UnreadableRecords } from './UnreadableRecords';
import './start.css';

export function StartPage() {
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
      {ready ? <AssessmentList /> : <p className="app-loading">{t('app.loading')}</p>}
      <OpenFile />
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
