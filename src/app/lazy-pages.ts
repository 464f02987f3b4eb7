import { lazy } from 'react';

/**
 * Route-level code splitting: the start page is in the entry chunk; every other screen (and what
 * only it needs: react-hook-form, the forms, the radar, the report model) is a chunk of its own.
 * They are fetched when the browser is idle after the first screen (see prefetchPages), so the
 * start page loads only what it shows and a click on another screen rarely waits for the network.
 */
const loaders = {
  assess: () => import('../features/assess/AssessPage'),
  results: () => import('./ResultsRoute'),
  demoResults: () => import('./DemoResultsRoute'),
  settings: () => import('../features/settings/SettingsPage'),
  newAssessment: () => import('../features/start/NewAssessmentPage'),
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

let prefetched = false;

/**
 * Warms every screen's chunk once the first screen is idle: import() at idle time, never a
 * modulepreload on the first load (which would compete with what the first screen needs).
 * A failed prefetch costs nothing: the route's own import() tries again when it is opened.
 */
export function prefetchPages(): void {
  if (prefetched) return;
  prefetched = true;
  const start = () => {
    for (const load of Object.values(loaders)) load().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(start, { timeout: 4000 });
  } else {
    setTimeout(start, 2000);
  }
}
