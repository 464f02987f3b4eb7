import { useTranslation } from 'react-i18next';
import { Layout } from '../components/Layout';
import { PageHeading } from '../components/PageHeading';
import { StartPage } from '../features/start/StartPage';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  return <Layout>{renderRoute(route)}</Layout>;
}

function renderRoute(route: ReturnType<typeof useRoute>) {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <a href="#/">{t('notFound.back')}</a>
      </p>
    </div>
  );
}
