import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles/global.css';
import { App } from './app/App';
import { registerServiceWorker } from './app/offline/service-worker';

// Offline: the built app registers its Workbox service worker (vite.config.ts) after the load,
// so its precache never competes with the first screen; the dev server has none.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`));
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* The product name: the one text shown before the translations have loaded. */}
      <Suspense fallback={<p className="app-loading">SE Radar</p>}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}
