// After `vite build`: prerenders the start page into dist/index.html, in both languages: English
// in #root, Dutch in a <template> beside it. public/boot.js (a small blocking same-origin script;
// the CSP allows no inline one) puts the user's language in place before the first paint, or
// empties #root on any other route; src/main.tsx then hydrates the start page. So the first
// paint waits neither for the app's script nor for the translations.
//
// The page is rendered by src/app/prerender.tsx through Vite's SSR loader with the project's own
// config (same aliases and plugins as the build). The service worker precaches index.html by
// revision, so its revision in dist/sw.js is set to the prerendered file's.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const DIST = 'dist';
const ROOT = '<div id="root"></div>';
const LANGUAGES = ['en', 'nl'];

const html = readFileSync(`${DIST}/index.html`, 'utf8');
if (!html.includes(ROOT)) throw new Error(`dist/index.html has no empty ${ROOT}`);

const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  appType: 'custom',
  // No dependency scan and no file watcher: neither is needed to render once.
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
const pages = {};
try {
  const { renderStartPage } = await server.ssrLoadModule('/src/app/prerender.tsx');
  for (const language of LANGUAGES) pages[language] = await renderStartPage(language);
} finally {
  await server.close();
}

const page = html.replace(
  ROOT,
  `<div id="root" data-prerendered="en">${pages.en}</div>` +
    `<template id="prerendered-nl">${pages.nl}</template>` +
    '<script src="./boot.js"></script>',
);
writeFileSync(`${DIST}/index.html`, page);

const revision = createHash('md5').update(page).digest('hex');
const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
const entry = /(\{url:"index\.html",revision:")[0-9a-f]+(")/;
if (!entry.test(sw)) throw new Error('dist/sw.js has no precache entry for index.html');
writeFileSync(`${DIST}/sw.js`, sw.replace(entry, `$1${revision}$2`));
console.log(`prerendered the start page (${LANGUAGES.join(', ')}) into ${DIST}/index.html`);
process.exit(0);
