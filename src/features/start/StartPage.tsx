import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ModelOverview } from './ModelOverview';

export function StartPage() {
  const { t } = useTranslation();
  return (
    <div className="start-page">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      <ul className="audience-list" aria-label={t('start.audienceLabel')}>
        <li>{t('start.audience.team')}</li>
        <li>{t('start.audience.consultant')}</li>
        <li>{t('start.audience.individual')}</li>
      </ul>
      <ModelOverview />
    </div>
  );
}
