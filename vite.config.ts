/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { offlineServiceWorker } from './build/offline.ts';

/** jsPDF's optional helpers for doc.html() and addSvgAsImage, which we never call (see the module). */
const unusedModule = fileURLToPath(new URL('./build/unused-module.ts', import.meta.url));
const JSPDF_UNUSED = ['html2canvas', 'dompurify', 'canvg'];

/**
 * The strict Content-Security-Policy goes into the built page only: the dev server's
 * React refresh preamble is an inline script that the policy would (rightly) block.
 * connect-src 'self' is what keeps every request on the page's own origin.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'se-radar-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Translation chunks are named by language and namespace (assets/locale-nl-common-<hash>.js). */
function chunkFileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const locale = chunk.facadeModuleId?.match(/\/public\/locales\/([a-z]+)\/([a-z-]+)\.json$/);
  return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineServiceWorker()],
  resolve: { alias: JSPDF_UNUSED.map((find) => ({ find, replacement: unusedModule })) },
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rollupOptions: { output: { chunkFileNames: chunkFileName } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
