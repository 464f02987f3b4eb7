import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import i18n, { i18nReady } from '../i18n/i18n';
import { NAMESPACES, type UiLanguage } from '../i18n/config';
import { setPrerenderHash } from '../lib/router';
import { buildDemo } from '../model/demo';
import { demoIdOf } from '../state/assessment-commands';
import { useAssessments } from '../state/assessments';
import { loadEngine } from '../state/engine';
import { Root } from './Root';

/**
 * The start page's markup in one language, rendered at build time (scripts/prerender.mjs) as the
 * browser's first render of it: nothing read from storage yet, so the list shows its loading
 * state. public/boot.js puts the right language in place before the first paint, and
 * src/main.tsx hydrates it.
 */
export async function renderStartPage(language: UiLanguage): Promise<string> {
  await i18nReady;
  await i18n.changeLanguage(language);
  await i18n.loadNamespaces([...NAMESPACES]);
  setPrerenderHash('');
  return renderToString(<Root />);
}

/**
 * The demo's results (#/demo/results) in one language, as the app shows them first: the header,
 * the overall result and the radar with its table (the sections below follow in the app's second
 * render). Built on `date`, which public/boot.js replaces with today's date before it paints them.
 * src/main.tsx does not hydrate this markup: it renders the app out of sight and puts it in its
 * place once the screen is whole.
 */
export async function renderDemoResults(language: UiLanguage, date: string): Promise<string> {
  await i18nReady;
  await i18n.changeLanguage(language);
  await i18n.loadNamespaces([...NAMESPACES, 'demo', 'report']);
  await loadEngine();
  const t = i18n.getFixedT(language, 'demo');
  const demo = buildDemo((key) => t(key as never), language, date);
  if (demo.id !== demoIdOf(language)) throw new Error(`The demo's id is ${demo.id}`);
  // A render without a browser reads each store's initial state (zustand's server snapshot).
  // This process's store is the prerender's own, so its initial state is what it shows.
  Object.assign(useAssessments.getInitialState(), {
    status: 'ready',
    byId: { [demo.id]: demo },
  });
  setPrerenderHash('#/demo/results');
  try {
    // The first render waits for the lazy screen and its texts; the second, with everything
    // there, gives the markup whole (the first gives it as boundaries filled in by inline scripts).
    await (await prerender(<Root />)).prelude.cancel();
    return renderToString(<Root />);
  } finally {
    setPrerenderHash('');
    Object.assign(useAssessments.getInitialState(), { status: 'loading', byId: {} });
  }
}
