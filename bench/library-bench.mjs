// The library's figures (issue 7), measured in one run against the built app:
// - a library of 500 assessments: how much later the list appears than for a library of one;
// - 100 files opened at once: until all 100 are in the list;
// - a full assessment with 12 responses: the JSON of its records, and one answer committed (from
//   the readwrite transaction's start to its complete event, median of 20).
// The assessments are made by the app's own model (through Vite's SSR loader) and reach the page
// only through "Open files", the way a user's files do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModules, median } from './shared.mjs';

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const loadModel = () =>
  loadModules([
    '/src/model/framework.ts',
    '/src/model/edits.ts',
    '/src/model/restore.ts',
    '/src/model/backup.ts',
    '/src/model/records.ts',
    '/src/model/summary.ts',
    '/src/model/workshop/setup.ts',
  ]);

/** A deterministic pseudo-random source, so every run measures the same data. */
function randomFrom(seed) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const meta = (i) => ({
  title: `Assessment ${i + 1}`,
  titleIsDefault: false,
  organisation: `Organisation ${(i % 40) + 1} BV`,
  scope: 'Customer service and the front desk',
  assessor: 'Sanne de Boer',
  date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  language: 'en',
  customerWord: 'customer',
});

/** A full one-person assessment, every statement answered, a note per element. */
function fullAssessment(m, i, random) {
  let a = m.newAssessment({
    id: `bench-${i}`,
    kind: 'full',
    meta: meta(i),
    participantId: `p-${i}`,
    now: '2026-11-01T09:00:00.000Z',
    frameworkEdition: m.CURRENT_EDITION,
  });
  for (const s of m.editionStatementIds(m.CURRENT_EDITION))
    a = m.withAnswer(a, `p-${i}`, s, 1 + Math.floor(random() * 5));
  for (const e of m.ELEMENT_IDS)
    a = m.withElementInput(a, e, { notes: 'Seen in the monthly review; two teams work this way.' });
  return a;
}

/** A full workshop of 12 participants in the three default groups, every statement answered. */
function workshopOf12(m, random) {
  const groups = m.workshopGroups();
  let a = m.newWorkshop({
    id: 'bench-workshop',
    kind: 'full',
    meta: meta(0),
    groups,
    participants: Array.from({ length: 12 }, (_, i) => ({
      id: `wp-${i}`,
      name: `Participant ${i + 1}`,
      code: `P${i + 1}`,
      groupId: groups[i % groups.length].id,
    })),
    anonymity: 'named',
    secret: 'AQIDBAUGBwgJCgsMDQ4PEA',
    now: '2026-11-01T09:00:00.000Z',
  });
  for (let p = 0; p < 12; p++)
    for (const s of m.editionStatementIds(m.CURRENT_EDITION)) {
      const x = random();
      a = m.withAnswer(a, `wp-${p}`, s, x < 0.05 ? 'na' : x < 0.1 ? 'dk' : 1 + Math.floor(x * 5));
    }
  for (const e of m.ELEMENT_IDS)
    a = m.withElementInput(a, e, {
      notes: 'Discussed in the workshop; the front line sees it differently.',
    });
  return a;
}

/** Records, in the page, when the library first lists `target` assessments (before any script runs). */
function watchList(target) {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.assessment-list__item').length >= target) {
      window.__listAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function listAppears(context, base, count) {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    // The library renders its first 50 cards (src/features/library/Library.tsx).
    await page.addInitScript(watchList, Math.min(count, 50));
    await page.goto(base);
    await page.waitForFunction(() => window.__listAt !== undefined, undefined, { timeout: 20000 });
    times.push(await page.evaluate(() => window.__listAt));
    await page.close();
  }
  return median(times);
}

/** Waits until the page's database holds `n` summaries (every opened assessment written). */
async function storedSummaries(page, n) {
  for (let i = 0; i < 600; i++) {
    const count = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('se-radar');
          req.onsuccess = () => {
            const c = req.result.transaction('summaries').objectStore('summaries').count();
            c.onsuccess = () => (req.result.close(), resolve(c.result));
          };
        }),
    );
    if (count >= n) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`only part of the ${n} assessments was written`);
}

async function newContext(browser) {
  return browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
}

/** Opens the given files through the start page's "Open files" and waits until the list has `n`. */
async function openFiles(page, base, paths, n) {
  await page.goto(base);
  await page.locator('h1').waitFor();
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles(paths);
  // One file added cleanly goes straight to the assessment; more get the list and a report.
  await page.waitForFunction(
    (count) =>
      document.body.textContent.includes(`Opened: ${count} added`) ||
      location.hash.startsWith('#/a/') ||
      location.hash.startsWith('#/workshop/'),
    n,
    { timeout: 60000, polling: 10 },
  );
  const t1 = await page.evaluate(() => performance.now());
  return t1 - t0;
}

export async function benchLibrary(browser, base) {
  const m = await loadModel();
  const random = randomFrom(7);
  const dir = mkdtempSync(join(tmpdir(), 'se-radar-bench-'));
  const rows = [];
  const record = (name, value, unit, target) => rows.push({ name, value, unit, target });

  // The records of a full assessment with 12 responses, as stored (docs/storage.md).
  const workshop = workshopOf12(m, random);
  const split = m.splitAssessment(workshop);
  const bytes = (x) => Buffer.byteLength(JSON.stringify(x), 'utf8');
  const recordBytes =
    bytes(split.assessment) +
    split.responses.reduce((n, r) => n + bytes(r), 0) +
    bytes(m.summarize(workshop));
  record(
    'full assessment, 12 responses: JSON of its records and summary',
    round(recordBytes / 1024),
    'KB',
    60,
  );

  // A library of one and of 500 (one backup file each), each in its own browser profile.
  const libraries = {};
  for (const size of [1, 500]) {
    const list = Array.from({ length: size }, (_, i) => fullAssessment(m, i, random));
    const file = join(dir, `library-${size}.json`);
    writeFileSync(file, m.serializeBackup(list));
    const context = await newContext(browser);
    const page = await context.newPage();
    await openFiles(page, base, [file], size);
    // Every write done before the first measured start.
    await storedSummaries(page, size);
    await page.close();
    libraries[size] = await listAppears(context, base, size);
    await context.close();
  }
  record('library of 1: list appears (median of 7 starts)', round(libraries[1]), 'ms');
  record('library of 500: list appears (median of 7 starts)', round(libraries[500]), 'ms');
  record(
    'library of 500 vs 1: list appears later by',
    round(libraries[500] - libraries[1]),
    'ms',
    60,
  );

  // 100 files opened at once, in an empty profile.
  const paths = Array.from({ length: 100 }, (_, i) => {
    const path = join(dir, `file-${i}.json`);
    writeFileSync(path, m.serializeAssessment(fullAssessment(m, 1000 + i, random)));
    return path;
  });
  {
    const context = await newContext(browser);
    const page = await context.newPage();
    record(
      '100 files opened at once: all added (the report shows)',
      round(await openFiles(page, base, paths, 100), 0),
      'ms',
      2000,
    );
    await context.close();
  }

  // One answer committed: the 12-response workshop opened, then 20 answers by one participant,
  // each timed from the readwrite transaction's start to its complete event.
  {
    const file = join(dir, 'workshop-12.json');
    writeFileSync(file, m.serializeAssessment(workshop));
    const context = await newContext(browser);
    await context.addInitScript(() => {
      window.__commits = [];
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function transaction(stores, mode, options) {
        const tx = open.call(this, stores, mode, options);
        if (mode === 'readwrite') {
          const t0 = performance.now();
          tx.addEventListener('complete', () => window.__commits.push(performance.now() - t0));
        }
        return tx;
      };
    });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('h1').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('.assessment-list__item, fieldset').first().waitFor();
    await storedSummaries(page, 1);
    await page.goto(`${base}#/a/${workshop.id}/as/wp-0`);
    await page.locator('main fieldset').first().waitFor();
    await page.evaluate(() => (window.__commits = []));
    // Each answer changes one: the statements on screen in turn, alternating between 1 and 2.
    const fieldsets = page.locator('main fieldset');
    const shownStatements = await fieldsets.count();
    for (let i = 0; i < 20; i++) {
      await fieldsets
        .nth(i % shownStatements)
        .locator('input[type=radio]')
        .nth(Math.floor(i / shownStatements) % 2)
        .check({ force: true });
      // Longer than the save delay, so each answer is its own commit.
      await page.waitForTimeout(400);
    }
    const commits = await page.evaluate(() => window.__commits);
    record(
      `one answer committed, 12-response assessment (median of ${commits.length})`,
      round(median(commits)),
      'ms',
      10,
    );
    await context.close();
  }
  return rows;
}
