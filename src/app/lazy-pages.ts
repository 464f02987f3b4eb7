import { lazy } from 'react';
import { allTexts, loadAllTexts } from '../i18n/use-translation';
import type { Route } from '../lib/router';
import { loadEngine } from '../state/engine';

/**
 * Route-level code splitting: the start page is in the entry chunk; every other screen (and what
 * only it needs: react-hook-form, the forms, the radar, the report model) is a chunk of its own.
 * The build lists their files as <link rel="prefetch"> (build/prefetch-routes.ts) that go live once
 * the first screen is shown (src/lib/first-screen.ts), so a click on another screen rarely waits.
 */
/**
 * Every screen but the start page waits for i18next and the whole texts (the start page renders
 * from its share, src/i18n/use-translation.ts); one that reads or edits assessments also for
 * the record engine (src/state/engine.ts).
 */
const withTexts =
  <T>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), allTexts()]).then(([module]) => module);
const withEngine =
  <T>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), allTexts(), loadEngine()]).then(([module]) => module);

/**
 * A demo's results route with the demo's own pieces (its builder, its texts and the report's),
 * which the route would otherwise ask for one after the other once it renders.
 */
const demoRoute = (builder: () => Promise<unknown>) =>
  withEngine(() =>
    Promise.all([
      import('./DemoResultsRoute'),
      builder(),
      loadAllTexts().then((i18n) => i18n.loadNamespaces(['demo', 'report'])),
    ]).then(([module]) => module),
  );

const loaders = {
  assess: withEngine(() => import('../features/assess/AssessPage')),
  results: withEngine(() => import('./ResultsRoute')),
  demoResults: demoRoute(() => import('../model/demo')),
  demoWorkshop: demoRoute(() => import('../model/demo-workshop')),
  settings: withTexts(() => import('../features/settings/SettingsPage')),
  newAssessment: withEngine(() => import('../features/start/NewAssessmentPage')),
  about: withTexts(() => import('../features/about/AboutPage')),
  details: withEngine(() => import('../features/library/DetailsPage')),
  workshop: withEngine(() => import('../features/workshop/WorkshopPage')),
  newWorkshop: withEngine(() => import('../features/workshop/NewWorkshopPage')),
  handover: withEngine(() => import('../features/workshop/HandoverPage')),
  participant: withTexts(() => import('../features/workshop/participant/ParticipantPage')),
  responseLink: withEngine(() => import('../features/workshop/inbox/ResponseLinkPage')),
  present: withEngine(() => import('../features/workshop/present/PresentPage')),
  compare: withEngine(() => import('../features/compare/ComparePage')),
};

export const AssessPage = lazy(() => loaders.assess().then((m) => ({ default: m.AssessPage })));
export const ResultsRoute = lazy(() =>
  loaders.results().then((m) => ({ default: m.ResultsRoute })),
);
export const DemoResultsRoute = lazy(() =>
  loaders.demoResults().then((m) => ({ default: m.DemoResultsRoute })),
);
/** The same screen for the workshop demo, with its own builder (not the plain demo's). */
export const DemoWorkshopRoute = lazy(() =>
  loaders.demoWorkshop().then((m) => ({ default: m.DemoResultsRoute })),
);
export const SettingsPage = lazy(() =>
  loaders.settings().then((m) => ({ default: m.SettingsPage })),
);
export const NewAssessmentPage = lazy(() =>
  loaders.newAssessment().then((m) => ({ default: m.NewAssessmentPage })),
);
export const AboutPage = lazy(() => loaders.about().then((m) => ({ default: m.AboutPage })));
export const ParticipantPage = lazy(() =>
  loaders.participant().then((m) => ({ default: m.ParticipantPage })),
);
export const ResponseLinkPage = lazy(() =>
  loaders.responseLink().then((m) => ({ default: m.ResponseLinkPage })),
);
export const WorkshopPage = lazy(() =>
  loaders.workshop().then((m) => ({ default: m.WorkshopPage })),
);
export const NewWorkshopPage = lazy(() =>
  loaders.newWorkshop().then((m) => ({ default: m.NewWorkshopPage })),
);
export const HandoverPage = lazy(() =>
  loaders.handover().then((m) => ({ default: m.HandoverPage })),
);
export const HandbackPage = lazy(() =>
  loaders.handover().then((m) => ({ default: m.HandbackPage })),
);
export const PresentPage = lazy(() => loaders.present().then((m) => ({ default: m.PresentPage })));
export const ComparePage = lazy(() => loaders.compare().then((m) => ({ default: m.ComparePage })));
export const DetailsPage = lazy(() => loaders.details().then((m) => ({ default: m.DetailsPage })));

/** The loader of each route's screen (the start page is in the entry). */
const SCREEN_OF: Partial<Record<Route['name'], keyof typeof loaders>> = {
  new: 'newAssessment',
  newWorkshop: 'newWorkshop',
  assess: 'assess',
  workshop: 'workshop',
  handover: 'handover',
  handback: 'handover',
  results: 'results',
  details: 'details',
  settings: 'settings',
  about: 'about',
  demoResults: 'demoResults',
  demoWorkshop: 'demoWorkshop',
  invitation: 'participant',
  response: 'responseLink',
  compare: 'compare',
  present: 'present',
};

/**
 * Starts fetching the screen a page opens on at once, while the saved assessments are still being
 * read, instead of when the screen first renders. A failure is left to the screen's own load,
 * which shows it.
 */
export function preloadScreen(name: Route['name']): void {
  const screen = SCREEN_OF[name];
  if (screen) loaders[screen]().catch(() => undefined);
}
