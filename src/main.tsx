import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadStartTexts } from './i18n/use-translation';
import './styles/global.css';
import { Root } from './app/Root';
import { parseRoute } from './lib/router';
import { registerServiceWorker } from './app/offline/service-worker';
import { preloadScreen } from './app/lazy-pages';
import { SCREEN_WHOLE_EVENT, TAKEN_OVER_EVENT } from './lib/prerendered-screen';

/** However long the screen takes, the app takes over the prerendered one by then. */
const TAKE_OVER_AT_LATEST_MS = 10_000;

/**
 * The demo's results arrive prerendered, painted by public/boot.js (which marks #root
 * data-prerendering while it fetches them): the app renders out of sight, in small steps
 * (a transition) so a phone stays responsive, and takes the markup's place in one step once the
 * screen is whole, so neither "Loading" nor a half page ever flashes.
 */
function renderOutOfSight(root: HTMLElement): void {
  const live = document.createElement('div');
  for (const { name, value } of Array.from(root.attributes)) {
    if (!name.startsWith('data-prerender')) live.setAttribute(name, value);
  }
  let done = false;
  const takeOver = () => {
    if (done) return;
    done = true;
    document.removeEventListener(SCREEN_WHOLE_EVENT, takeOver);
    window.removeEventListener('hashchange', takeOver);
    // Focus in the markup moves to the same control in the app's page.
    const controls = (parent: HTMLElement) =>
      Array.from(parent.querySelectorAll<HTMLElement>('a, button, select, input, textarea'));
    const focused = controls(root).indexOf(document.activeElement as HTMLElement);
    root.replaceWith(live);
    if (focused >= 0) controls(live)[focused]?.focus();
    document.dispatchEvent(new Event(TAKEN_OVER_EVENT));
  };
  document.addEventListener(SCREEN_WHOLE_EVENT, takeOver);
  // Another route (the back button, an edited address): the app shows it, not the demo's markup.
  window.addEventListener('hashchange', takeOver);
  setTimeout(takeOver, TAKE_OVER_AT_LATEST_MS);
  const app = createRoot(live);
  startTransition(() => app.render(<Root />));
}

// Offline: the built app registers its Workbox service worker (vite.config.ts) after the load,
// so its precache never competes with the first screen; the dev server has none. public/boot.js
// starts this script after the first paint, when the load event may already be past.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

const root = document.getElementById('root');
if (root) {
  // The start page arrives prerendered (scripts/prerender.mjs; public/boot.js chose its language
  // and emptied it on any other route): React takes over that markup once the start page's share
  // of the texts is there (src/i18n/use-translation.ts), without i18next. Every other screen
  // waits for i18next and the whole texts itself.
  if (root.dataset.prerendered && parseRoute(window.location.hash).name === 'start') {
    void loadStartTexts().then(() => hydrateRoot(root, <Root />));
  } else {
    // The screen's code and texts start downloading now, beside i18next, not once it renders.
    const route = parseRoute(window.location.hash).name;
    preloadScreen(route);
    // Unless the address has moved on to another screen since boot.js looked.
    if ('prerendering' in root.dataset && route === 'demoResults') renderOutOfSight(root);
    else {
      root.replaceChildren();
      createRoot(root).render(<Root />);
    }
  }
}
