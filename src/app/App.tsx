import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Layout } from '../components/Layout';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { Library } from '../features/library/Library';
import { OpenFiles } from '../features/library/OpenFiles';
import { StorageBar } from '../components/StorageBar';
import { StartPage } from '../features/start/StartPage';
import { installSaveOnHide, loadAssessments, useAssessments } from '../state/assessments';
import { useOpened } from '../state/use-opened';
import {
  AboutPage,
  AssessPage,
  ComparePage,
  DemoResultsRoute,
  DemoWorkshopRoute,
  DetailsPage,
  HandbackPage,
  HandoverPage,
  NewAssessmentPage,
  ParticipantPage,
  PresentPage,
  ResponseLinkPage,
  NewWorkshopPage,
  ResultsRoute,
  SettingsPage,
  WorkshopPage,
} from './lazy-pages';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { routeHref, useRoute, type Route } from '../lib/router';
import { firstScreenShown } from '../lib/first-screen';

let started = false;

/** Inside a Suspense boundary: its effect runs once the screen is shown, not while it loads. */
function Shown() {
  useEffect(firstScreenShown, []);
  return null;
}

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
  if (route.name === 'present') {
    // The projector's window: no header, footer or controls, only what the room should see.
    return (
      <ErrorBoundary resetKey={routeHref(route)}>
        {status === 'loading' ? (
          <p className="app-loading">{t('app.loading')}</p>
        ) : (
          <Suspense fallback={<p className="app-loading">{t('app.loading')}</p>}>
            <Opened ids={[route.id]}>
              <PresentPage id={route.id} />
            </Opened>
            <Shown />
          </Suspense>
        )}
      </ErrorBoundary>
    );
  }
  return (
    <Layout banner={<UpdatePrompt />}>
      <ErrorBoundary resetKey={routeHref(route)}>
        {/* The start page shows at once (prerendered, then hydrated); its list waits itself. */}
        {status === 'loading' && route.name !== 'start' ? (
          <p className="app-loading">{t('app.loading')}</p>
        ) : (
          <Suspense fallback={<p className="app-loading">{t('app.loading')}</p>}>
            <Page route={route} />
            <Shown />
          </Suspense>
        )}
      </ErrorBoundary>
      <StorageBar />
    </Layout>
  );
}

/** Waits until the assessments a screen shows are read whole (the library has only summaries). */
function Opened({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return useOpened(ids) ? children : <p className="app-loading">{t('app.loading')}</p>;
}

function Page({ route }: { route: Route }) {
  const ids = 'id' in route ? [route.id] : route.name === 'compare' ? [route.a, route.b] : [];
  return (
    <Opened ids={ids}>
      <RoutePage route={route} />
    </Opened>
  );
}

function RoutePage({ route }: { route: Route }) {
  const exists = useAssessments((s) => ('id' in route ? Boolean(s.byId[route.id]) : true));
  if ('id' in route && !exists) return <NotFound />;
  switch (route.name) {
    case 'start':
      return (
        <StartPage
          library={
            <>
              <Library />
              <OpenFiles />
            </>
          }
        />
      );
    case 'new':
      return <NewAssessmentPage key={route.kind} kind={route.kind} />;
    case 'newWorkshop':
      return <NewWorkshopPage />;
    case 'assess':
      // Keyed by the participant too: the next person on a passed device gets a fresh page.
      return (
        <AssessPage
          key={`${route.id}/${route.as ?? ''}`}
          id={route.id}
          step={route.step}
          as={route.as}
        />
      );
    case 'workshop':
      return <WorkshopPage key={route.id} id={route.id} section={route.section} />;
    case 'handover':
      return <HandoverPage id={route.id} participantId={route.participantId} />;
    case 'handback':
      return <HandbackPage id={route.id} participantId={route.participantId} />;
    case 'results':
      return <ResultsRoute id={route.id} />;
    case 'details':
      return <DetailsPage key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
    case 'demoResults':
      return <DemoResultsRoute />;
    case 'invitation':
      return <ParticipantPage key={route.fragment} fragment={route.fragment} />;
    case 'response':
      return <ResponseLinkPage key={route.fragment} fragment={route.fragment} />;
    case 'compare':
      return <ComparePage key={`${route.a}/${route.b}`} a={route.a} b={route.b} />;
    case 'demoWorkshop':
      return <DemoWorkshopRoute workshop />;
    default:
      return <NotFound />;
  }
}

/** Lazy: statically here it pulled 2.4 KB of save-to-file code into the start page's first load. */
const ProblemNotice = lazy(() =>
  import('../components/ProblemNotice').then((m) => ({ default: m.ProblemNotice })),
);

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <PageHeading>{t('notFound.title')}</PageHeading>
      {/* Why it is gone, when this tab knows: removed in another tab while open here. */}
      <Suspense fallback={null}>
        <ProblemNotice />
      </Suspense>
      <Notice tone="warning">
        <p>{t('notFound.body')}</p>
      </Notice>
      <p>
        <a href="#/">{t('notFound.back')}</a>
      </p>
    </div>
  );
}
