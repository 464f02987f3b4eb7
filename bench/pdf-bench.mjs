// PDF generation in the browser: a full assessment (three participants, every statement answered,
// long notes on every element, 30 actions) is opened in the built app, and "Download PDF" is
// clicked: the time from the click to the browser's download event, median of 5 after one warm-up
// run (the first, cold run, which also fetches the PDF code and fonts if the idle prefetch has not,
// is reported apart), and the size of the file.
//
// Used by bench/run.mjs (`npm run bench`) as benchPdf(browser, baseUrl). Run on its own
// (`node bench/pdf-bench.mjs`, after `npx vite build`) it serves dist/ with `vite preview` on a
// free port, starts Debian's Chromium, prints the figures and stops both.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { fileURLToPath } from 'node:url';
import { median } from './shared.mjs';

const RUNS = 5;
const TARGET_MS = 1500;
const TARGET_KB = 500;
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const ELEMENTS = [
  ['vision-mission-strategy', 'vms'],
  ['leadership-commitment', 'lc'],
  ['service-culture', 'sc'],
  ['employee-engagement', 'ee'],
  ['customer-understanding', 'cu'],
  ['experience-design', 'ed'],
  ['service-innovation', 'si'],
  ['processes-structure', 'ps'],
  ['monitoring', 'mo'],
];

/** Sentences of plausible length, so the notes wrap and break like real text. */
function prose(seed, length) {
  const words =
    `${seed} de klant merkt het verschil wanneer medewerkers de ruimte krijgen om een probleem in een keer op te lossen en daarover terugkoppelen in het teamoverleg`.split(
      ' ',
    );
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += `${words[i % words.length]}${i % 19 === 18 ? '.\n' : ' '}`;
  return out.slice(0, length);
}

/** The assessment as a file, in the app's file format (what "Save to file" writes). */
export function benchAssessmentFile() {
  const participants = ['p1', 'p2', 'p3'].map((id, i) => ({
    id,
    name: ['Łucja Nowak', 'Jan de Vries', 'Zoë Öztürk'][i],
    group: ['management', 'front-line', 'staff'][i],
  }));
  const answers = Object.fromEntries(
    participants.map((p, pi) => [
      p.id,
      Object.fromEntries(
        ELEMENTS.flatMap(([, code], ei) =>
          [1, 2, 3, 4, 5].map((n) => [
            `${code}-${n}`,
            n === 5 && ei % 4 === 0 ? 'na' : ((n + ei + pi) % 5) + 1,
          ]),
        ),
      ),
    ]),
  );
  const elements = Object.fromEntries(
    ELEMENTS.map(([id], i) => [
      id,
      {
        notes: prose(`Notitie ${i + 1}:`, 3000),
        strengths: prose('Sterk:', 800),
        improvements: prose('Verbeteren:', 800),
        target: 4,
        importance: (i % 5) + 1,
        agreedScore: i === 2 ? 3.5 : null,
      },
    ]),
  );
  const actions = Array.from({ length: 30 }, (_, i) => ({
    id: `a${i + 1}`,
    elementId: ELEMENTS[i % ELEMENTS.length][0],
    description: prose(`Actie ${i + 1}:`, i % 6 === 0 ? 900 : 220),
    owner: `Eigenaar ${i + 1}`,
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: ['open', 'in-progress', 'done'][i % 3],
    priority: ['high', 'medium', 'low'][i % 3],
  }));
  const data = {
    schemaVersion: 1,
    id: 'bench-pdf',
    kind: 'full',
    meta: {
      title: 'Benchmark service excellence 2026',
      organisation: 'Bench Zorggroep',
      scope: 'Klantcontact',
      assessor: 'Sanne de Boer',
      date: '2026-03-12',
      language: 'nl',
    },
    participants,
    answers,
    quickAnswers: {},
    elements,
    actions,
    previousAssessmentId: null,
    readOnly: false,
    lastStep: 'results',
    createdAt: '2026-03-12T09:00:00.000Z',
    updatedAt: '2026-03-12T09:00:00.000Z',
  };
  return JSON.stringify({ app: 'se-radar', kind: 'assessment', data }, null, 2);
}

/** Measures in `browser` (playwright-core) against the app at `baseUrl`. */
export async function benchPdf(browser, baseUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'se-radar-pdf-bench-'));
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    const file = join(dir, 'bench.json');
    writeFileSync(file, benchAssessmentFile());
    await page.setInputFiles('input[type="file"]', file);
    await page.waitForURL(/#\/a\//);
    await page.evaluate(() => (window.location.hash = '#/a/bench-pdf/results'));
    const button = page.getByRole('button', { name: 'Download PDF' });
    await button.waitFor();

    const once = async (i) => {
      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        button.click(),
      ]);
      const ms = Date.now() - t0;
      const path = join(dir, `report-${i}.pdf`);
      await download.saveAs(path);
      await page.locator('.pdf-button .notice--success').waitFor();
      return { ms, bytes: statSync(path).size };
    };
    const cold = await once(0);
    const warm = [];
    for (let i = 1; i <= RUNS; i++) warm.push(await once(i));
    const ms = median(warm.map((r) => r.ms));
    return [
      { name: 'PDF generation, full + 30 actions (cold, 1st click)', value: cold.ms, unit: 'ms' },
      {
        name: `PDF generation, full + 30 actions (median of ${RUNS})`,
        value: ms,
        unit: 'ms',
        target: TARGET_MS,
      },
      {
        name: 'PDF size, full + 30 actions',
        value: round(warm[0].bytes / 1024),
        unit: 'KB',
        target: TARGET_KB,
      },
    ];
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  if (!existsSync('dist/index.html')) throw new Error('Run `npx vite build` first.');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  let failed = false;
  try {
    const { port } = server.httpServer.address();
    for (const r of await benchPdf(browser, `http://127.0.0.1:${port}/`)) {
      const ok = r.target === undefined || r.value <= r.target;
      failed ||= !ok;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.value} ${r.unit}${r.target ? ` (target <= ${r.target})` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(failed ? 1 : 0);
}
