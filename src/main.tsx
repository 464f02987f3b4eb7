import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles/global.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<p className="app-loading">SE Radar</p>}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}
