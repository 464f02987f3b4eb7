// After `vite build`: prerenders the start page into dist/index.html, in both languages: English
// in #root, Dutch in a <template> beside it. public/boot.js (a small blocking same-origin script;
// the CSP allows no inline one) puts the user's language in place before the first paint, or
// empties #root on any other route; src/main.tsx then hydrates the start page. So the first
// paint waits neither for the app's script nor for the translations.
//
// The demo's results (#/demo/results) are prerendered too, into dist/demo-results.<language>.html,
// which boot.js fetches on that route only (in index.html they would slow every start). They are
// built on boot.js's DEMO_DATE, which boot.js replaces with today's date. Last, it minifies
// dist/boot.js (a script of the first load; public/boot.js keeps the comments).
//
// The page is rendered by src/app/prerender.tsx through Vite's SSR loader with the project's own
// config (same aliases and plugins as the build). The service worker precaches index.html by
// revision, so its revision in dist/sw.js is set to the prerendered file's.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, minify } from 'vite';

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
const demoDate = /var DEMO_DATE = '(\d{4}-\d{2}-\d{2})';/.exec(
  readFileSync(`${DIST}/boot.js`, 'utf8'),
)?.[1];
if (!demoDate) throw new Error(`${DIST}/boot.js has no DEMO_DATE`);
const pages = {};
const demos = {};
try {
  const { renderStartPage, renderDemoResults } =
    await server.ssrLoadModule('/src/app/prerender.tsx');
  for (const language of LANGUAGES) pages[language] = await renderStartPage(language);
  for (const language of LANGUAGES) demos[language] = await renderDemoResults(language, demoDate);
} finally {
  await server.close();
}

const page = html.replace(
  ROOT,
  `<div id="root" data-prerendered="en" data-boot>${pages.en}</div>` +
    `<template id="prerendered-nl">${pages.nl}</template>` +
    '<script src="./boot.js"></script>',
);
writeFileSync(`${DIST}/index.html`, page);

/**
 * The stylesheets of a module's chunk and of every chunk it imports statically, from Vite's
 * build manifest, as the links the page would get when the app loads that chunk.
 */
function stylesheetsOf(source) {
  const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8'));
  if (!manifest[source]) throw new Error(`The build manifest has no ${source}`);
  const css = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(source);
  // The entry's stylesheet is in index.html already.
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  for (const file of entry?.css ?? []) css.delete(file);
  return [...css].sort().map((file) => `<link rel="stylesheet" href="/${file}">`);
}
// boot.js puts these in the head and paints the markup once they have loaded.
const demoStyles = stylesheetsOf('src/app/DemoResultsRoute.tsx').join('');
rmSync(`${DIST}/.vite`, { recursive: true, force: true });

const md5 = (text) => createHash('md5').update(text).digest('hex');
// The demo's files are precached beside index.html, so the demo opens prerendered offline too.
const demoYear = demoDate.slice(0, 4);
const demoEntries = LANGUAGES.map((language) => {
  const file = `demo-results.${language}.html`;
  const markup = demoStyles + demos[language];
  // boot.js replaces the year where it starts a word; anywhere else it would stay the build's.
  const stray = markup.replace(new RegExp(`(^|[\\s>])${demoYear}(?![0-9])`, 'g'), '$1');
  if (stray.includes(demoYear)) {
    throw new Error(
      `${file} holds ${demoYear} where boot.js would not replace it: change DEMO_DATE`,
    );
  }
  writeFileSync(`${DIST}/${file}`, markup);
  return `{url:"${file}",revision:"${md5(markup)}"}`;
});
// boot.js is counted in the first load: minified, its comments stay in the source.
const boot = await minify('boot.js', readFileSync(`${DIST}/boot.js`, 'utf8'), {
  compress: true,
  mangle: true,
});
if (boot.errors.length > 0) throw new Error(`boot.js: ${boot.errors[0].message}`);
writeFileSync(`${DIST}/boot.js`, boot.code);

let sw = readFileSync(`${DIST}/sw.js`, 'utf8');
const entryOf = (url) => new RegExp(`\\{url:"${url.replace('.', '\\.')}",revision:"[0-9a-f]+"\\}`);
for (const url of ['index.html', 'boot.js']) {
  if (!entryOf(url).test(sw)) throw new Error(`dist/sw.js has no precache entry for ${url}`);
}
sw = sw.replace(entryOf('boot.js'), `{url:"boot.js",revision:"${md5(boot.code)}"}`);
sw = sw.replace(
  entryOf('index.html'),
  [`{url:"index.html",revision:"${md5(page)}"}`, ...demoEntries].join(','),
);
writeFileSync(`${DIST}/sw.js`, sw);
console.log(
  `prerendered the start page and the demo's results (${LANGUAGES.join(', ')}) into ${DIST}/`,
);
process.exit(0);
