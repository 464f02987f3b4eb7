import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Layout } from '../components/Layout';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { AboutPage } from '../features/about/AboutPage';
import { AssessPage } from '../features/assess/AssessPage';
import { PdfButton } from '../features/report/PdfButton';
import { ResultsPage } from '../features/results/ResultsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NewAssessmentPage } from '../features/start/NewAssessmentPage';
import { StartPage } from '../features/start/StartPage';
import { installSaveOnHide, loadAssessments, useAssessments } from '../state/assessments';
import { routeHref, useRoute, type Route } from './router';

let started = false;

/** Loads the saved assessments once and makes sure pending edits are written when the page hides. */
function useBootstrap() {
  useEffect(() => {
    if (started) return;
    started = true;
    installSaveOnHide();
    void loadAssessments();
  }, []);
}

export function App() {
  useBootstrap();
  const route = useRoute();
  const status = useAssessments((s) => s.status);
  const { t } = useTranslation();
  return (
    <Layout>
      <ErrorBoundary resetKey={routeHref(route)}>
        {status === 'loading' ? (
          <p className="app-loading">{t('app.loading')}</p>
        ) : (
          <Page route={route} />
        )}
      </ErrorBoundary>
    </Layout>
  );
}

function Page({ route }: { route: Route }) {
  const exists = useAssessments((s) => ('id' in route ? Boolean(s.byId[route.id]) : true));
  if ('id' in route && !exists) return <NotFound />;
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'new':
      return <NewAssessmentPage key={route.kind} kind={route.kind} />;
    case 'assess':
      return <AssessPage key={route.id} id={route.id} step={route.step} />;
    case 'results':
      return <ResultsRoute id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
    default:
      return <NotFound />;
  }
}

/** The results page with the PDF button in its slot: the page itself knows nothing of the PDF code. */
function ResultsRoute({ id }: { id: string }) {
  const assessment = useAssessments((s) => s.byId[id]);
  return (
    <ResultsPage
      key={id}
      id={id}
      pdfSlot={assessment ? <PdfButton assessment={assessment} /> : null}
    />
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Notice tone="warning">
        <p>{t('notFound.body')}</p>
      </Notice>
      <p>
        <a href="#/">{t('notFound.back')}</a>
      </p>
    </div>
  );
}
