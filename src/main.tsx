import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadStartTexts } from './i18n/use-translation';
import './styles/global.css';
import { Root } from './app/Root';
import { parseRoute } from './lib/router';
import { registerServiceWorker } from './app/offline/service-worker';
import { preloadScreen } from './app/lazy-pages';

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
    preloadScreen(parseRoute(window.location.hash).name);
    root.replaceChildren();
    createRoot(root).render(<Root />);
  }
}
