import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles/global.css';
import { App } from './app/App';

// Offline: the built app registers its service worker (build/offline.ts); the dev server does not.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch(() => undefined);
  });
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
