// `npm run bench`: size and speed figures of the built app, measured in Debian's Chromium.
// Prints a table and writes bench/results.json. Targets come from the issues; a figure over its
// target is printed as FAIL and the script exits 1, so a regression is visible.
import { writeFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { bundleReport } from './bundle.mjs';
import { firstLoadJs } from './first-load.mjs';
import { startFloor } from './floor.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { CHROME_ARGS as ARGS, CHROME_PATH as CHROME } from '../scripts/chromium.mjs';
import { median } from './shared.mjs';

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// `node bench/run.mjs --only=library` measures the library's figures alone (after a build).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;

if (!existsSync('dist/index.html'))
  throw new Error('Run `npm run build` first (npm run bench does).');

/**
 * Time from a route change to the last DOM change it causes inside <main> (the page's render,
 * including sections that render in a second pass), observed for a generous window.
 */
function timeHashChange(page, hash) {
  return page.evaluate(async (target) => {
    let last = 0;
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(document.querySelector('main'), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const t0 = performance.now();
    location.hash = target;
    await new Promise((r) => setTimeout(r, 600));
    observer.disconnect();
    return last - t0;
  }, hash);
}

const rows = [];
function record(name, value, unit, target) {
  const ok = target === undefined || value <= target;
  rows.push({ name, value, unit, target: target ?? null, ok });
}

// 1. Bundle
const bundle = only ? null : bundleReport();
if (bundle) record('PDF code in first load', bundle.firstPdfBytes.length, 'files', 0);
const pdfLazy = bundle?.lazy.filter((f) => f.pdf) ?? [];
if (bundle)
  record(
    'PDF chunks loaded on demand (gzip)',
    round(pdfLazy.reduce((n, f) => n + f.gzip, 0) / 1024),
    'KB',
  );

// 2. Browser figures
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const { port } = server.httpServer.address();
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
const floor = only ? null : await startFloor();
const goals = [];
try {
  if (!only) await appFigures();
  if (!only || only === 'library') {
    const { benchLibrary } = await import('./library-bench.mjs');
    for (const r of await benchLibrary(browser, base)) record(r.name, r.value, r.unit, r.target);
  }
} finally {
  await browser.close();
  await server.close();
  await floor?.stop();
}

/** Everything but the library's figures: first load, Lighthouse, answering, results, PDF. */
async function appFigures() {
  // The goals of issue 11, each against the floor page measured in this run.
  const appJs = await firstLoadJs(browser, base);
  const floorJs = await firstLoadJs(browser, floor.url);
  const demo = `${base}#/demo/results`;
  const lh = await lighthouseMedians([base, demo, floor.url], CHROME, ARGS);
  const kb = (b) => round(b / 1024);
  const ratio = (a, b) => round(a / b, 2);
  goals.push(
    {
      figure: 'first-load JS, gzip (KB)',
      start: kb(appJs.bytes),
      results: '',
      floor: kb(floorJs.bytes),
      ratio: ratio(appJs.bytes, floorJs.bytes),
      goal: '<= 1.5 x floor',
      ok: appJs.bytes <= 1.5 * floorJs.bytes,
    },
    {
      figure: 'largest contentful paint (ms)',
      start: Math.round(lh[base].lcp),
      results: Math.round(lh[demo].lcp),
      floor: Math.round(lh[floor.url].lcp),
      ratio: ratio(lh[base].lcp, lh[floor.url].lcp),
      goal: '<= 1.0 x floor',
      ok: lh[base].lcp <= lh[floor.url].lcp,
    },
  );
  for (const [key, label, min] of [
    ['performance', 'Lighthouse performance', 0.98],
    ['accessibility', 'Lighthouse accessibility', 1],
    ['bestPractices', 'Lighthouse best practices', 1],
  ]) {
    goals.push({
      figure: label,
      start: lh[base][key],
      results: lh[demo][key],
      floor: lh[floor.url][key],
      ratio: '',
      goal: `>= ${min.toFixed(2)}`,
      ok: lh[base][key] >= min && lh[demo][key] >= min,
    });
  }
  record('first-load scripts of the start page', appJs.files.length, 'files');
  record('total blocking time, start page (Lighthouse median)', Math.round(lh[base].tbt), 'ms');

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(base);
  await page.locator('h1').waitFor();
  await page.waitForLoadState('networkidle');
  record(
    'PDF/font requests on first load',
    requested.filter((u) => /make-report-pdf|jspdf|\.ttf/.test(u)).length,
    'requests',
    0,
  );

  // Answering a statement: time from the click to the last DOM change it causes.
  await page.goto(base + '#/new/full');
  await page.getByLabel('Organisation').fill('Bench BV');
  await page.locator('form button[type=submit]').click();
  await page.locator('fieldset').first().waitFor();
  const answerTimes = await page.evaluate(async () => {
    const times = [];
    const radios = [...document.querySelectorAll('main fieldset input[type=radio]')].filter((r) =>
      /^[1-5]$/.test(r.value),
    );
    for (let i = 0; i < 20; i++) {
      const radio = radios[(i * 6) % radios.length];
      let last = 0;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(document.querySelector('main'), {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const t0 = performance.now();
      radio.click();
      await new Promise((r) => setTimeout(r, 80));
      observer.disconnect();
      times.push(last ? last - t0 : 0);
    }
    return times;
  });
  record('answer a statement: re-render (median of 20)', round(median(answerTimes)), 'ms', 16);
  record('answer a statement: re-render (max of 20)', round(Math.max(...answerTimes)), 'ms');

  // The results page of a full assessment (the demo: 45 statements, 7 actions).
  await page.goto(base);
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await page.locator('h1').waitFor();
  const demoHash = await page.evaluate(() => location.hash);
  const resultTimes = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('h1', { hasText: 'How excellent' }).waitFor();
    resultTimes.push(await timeHashChange(page, demoHash));
  }
  record(
    'results page render, full assessment (median of 5)',
    round(median(resultTimes)),
    'ms',
    50,
  );
  await context.close();

  // The first visit of the results page in a fresh tab (nothing cached yet), median of 5 tabs.
  const firstVisits = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    const p = await ctx.newPage();
    await p.goto(base);
    await p.locator('h1').waitFor();
    await p.locator('input[type=file]').setInputFiles('tests/fixtures/assessment-v1-full.json');
    await p.locator('fieldset').first().waitFor();
    const id = await p.evaluate(() => location.hash.split('/')[2]);
    firstVisits.push(await timeHashChange(p, `#/a/${id}/results`));
    await ctx.close();
  }
  // Reported without a target: it includes the browser compiling the page's code the first time.
  record(
    'results page render, first visit in a new tab (median of 5)',
    round(median(firstVisits)),
    'ms',
  );

  // PDF generation in the browser, when the PDF bench is present.
  if (existsSync('bench/pdf-bench.mjs')) {
    const { benchPdf } = await import('./pdf-bench.mjs');
    for (const r of await benchPdf(browser, base)) record(r.name, r.value, r.unit, r.target);
  }
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) {
  const target = r.target === null ? '' : ` (target <= ${r.target})`;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(width)}  ${r.value} ${r.unit}${target}`);
}

// The goals table (Markdown, so it can go straight into a report).
const head = ['', 'start page', '#/demo/results', 'bare React page', 'ratio', 'goal', ''];
console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const g of goals) {
  const cells = [g.figure, g.start, g.results, g.floor, g.ratio, g.goal, g.ok ? 'met' : 'MISSED'];
  console.log(`| ${cells.join(' | ')} |`);
}
// A partial run (--only) leaves the full run's results.json as it was.
if (!only)
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), goals, rows }, null, 2) + '\n',
  );
process.exit(rows.every((r) => r.ok) && goals.every((g) => g.ok) ? 0 : 1);
