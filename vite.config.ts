/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { pdfFiles, withoutPdfFiles } from './build/pdf-files.ts';
import { prefetchRoutes } from './build/prefetch-routes.ts';
import { entryAfterPaint } from './build/entry-after-paint.ts';
import { startTexts } from './build/start-texts.ts';
import { LAZY_CACHE } from './src/app/offline/names.ts';

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
  const id = chunk.facadeModuleId ?? '';
  const locale = id.match(/\/public\/locales\/([a-z]+)\/([a-z-]+)\.json$/);
  if (locale) return `assets/locale-${locale[1]}-${locale[2]}-[hash].js`;
  const share = id.match(/^\0start-texts:([a-z]+)$/);
  if (share) return `assets/locale-${share[1]}-start-[hash].js`;
  return 'assets/[name]-[hash].js';
}

/**
 * Offline after one visit (Workbox, generated at build time): every file of the app except the
 * PDF's is precached by revision, so a new build replaces exactly what changed. The new service
 * worker waits (no skipWaiting takeover): the page says "A new version is ready" and reloads every
 * open tab together (src/app/offline/service-worker.ts). clientsClaim lets the very first visit be
 * controlled too, so it works offline without a second load.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'SE Radar: service excellence self-assessment',
    short_name: 'SE Radar',
    description: 'Service excellence self-assessment, in your browser.',
    theme_color: '#1d4e89',
    background_color: '#ffffff',
    display: 'standalone',
    start_url: './',
    scope: './',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The manifest and its icons are added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,svg}'],
    // public/locales is bundled through import() (src/i18n/i18n.ts); the copies Vite leaves in
    // dist/ are never requested.
    globIgnores: ['locales/**', 'fonts/**'],
    manifestTransforms: [withoutPdfFiles],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        // Hashed files not in the precache: the PDF code and its fonts (fonts by pattern, not by
        // name). Their names change with their content, so the cached copy is always right.
        urlPattern: /\/assets\/[^/]+\.(?:js|css|ttf|otf|woff2?)$/,
        handler: 'CacheFirst',
        options: {
          cacheName: LAZY_CACHE,
          matchOptions: { ignoreVary: true },
          expiration: { maxEntries: 40 },
        },
      },
    ],
  },
});

export default defineConfig({
  plugins: [
    react(),
    startTexts(),
    contentSecurityPolicy(),
    pdfFiles(),
    prefetchRoutes(),
    entryAfterPaint(),
    offline,
  ],
  resolve: { alias: JSPDF_UNUSED.map((find) => ({ find, replacement: unusedModule })) },
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports has modulepreload; the polyfill was 0.4 KB of the first load.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    // scripts/prerender.mjs reads which stylesheets the prerendered demo needs, then removes it.
    manifest: true,
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
