import { lazy } from 'react';

/**
 * Route-level code splitting: the start page is in the entry chunk; every other screen (and what
 * only it needs: react-hook-form, the forms, the radar, the report model) is a chunk of its own.
 * The build lists their files as <link rel="prefetch"> (build/prefetch-routes.ts), so the browser
 * fetches them at idle after the first screen and a click on another screen rarely waits.
 */
const loaders = {
  assess: () => import('../features/assess/AssessPage'),
  results: () => import('./ResultsRoute'),
  demoResults: () => import('./DemoResultsRoute'),
  settings: () => import('../features/settings/SettingsPage'),
  newAssessment: () => import('../features/start/NewAssessmentPage'),
  about: () => import('../features/about/AboutPage'),
  participant: () => import('../features/workshop/participant/ParticipantPage'),
  responseLink: () => import('../features/workshop/inbox/ResponseLinkPage'),
  present: () => import('../features/workshop/present/PresentPage'),
  workshop: () => import('../features/workshop/WorkshopPage'),
  newWorkshop: () => import('../features/workshop/NewWorkshopPage'),
  handover: () => import('../features/workshop/HandoverPage'),
};

export const AssessPage = lazy(() => loaders.assess().then((m) => ({ default: m.AssessPage })));
export const ResultsRoute = lazy(() =>
  loaders.results().then((m) => ({ default: m.ResultsRoute })),
);
export const DemoResultsRoute = lazy(() =>
  loaders.demoResults().then((m) => ({ default: m.DemoResultsRoute })),
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
