import { StrictMode, Suspense } from 'react';
import { App } from './App';

/**
 * The whole tree, the same for the browser (src/main.tsx) and the build's prerender of the start
 * page (src/app/prerender.tsx), so hydration finds exactly the markup it would render itself.
 */
export function Root() {
  return (
    <StrictMode>
      {/* The product name: the one text shown before the translations have loaded. */}
      <Suspense fallback={<p className="app-loading">SE Radar</p>}>
        <App />
      </Suspense>
    </StrictMode>
  );
}
