// The exports as a real spreadsheet program reads them: LibreOffice Calc, headless, opens the
// CSV in Dutch (';', decimal comma, nl-NL) and in English (',', point, en-GB) and the Excel
// workbook, and saves each as a flat OpenDocument sheet (.fods), whose XML says for every cell
// whether Calc took it as a number. Every score, index, gap and priority must be a number with
// the value the report shows. `.ci/run` runs this after `npm test`, so `npm test` needs no office
// suite: `node scripts/check-spreadsheets.mjs` (needs `soffice`, from libreoffice-calc-nogui).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';

const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** The exports of the consultant's case, built by the app's own modules (through Vite). */
async function makeExports(dir) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const load = (path) => server.ssrLoadModule(path);
    const [{ fullAssessment }, { createTestI18n }, { reportIn }, csv, tables, xlsx] =
      await Promise.all([
        load('/tests/pdf/fixtures.ts'),
        load('/tests/support/i18n.ts'),
        load('/src/i18n/report-language.ts'),
        load('/src/model/csv.ts'),
        load('/src/model/export-tables.ts'),
        load('/src/model/xlsx.ts'),
      ]);
    const out = {};
    for (const language of ['nl', 'en']) {
      const assessment = fullAssessment(language);
      assessment.meta.organisation = 'Łódzkie Wodociągi Sp. z o.o.';
      const report = reportIn(await createTestI18n(language), assessment, language);
      const csvPath = join(dir, `export-${language}.csv`);
      writeFileSync(csvPath, csv.toCsv(tables.longCsvRows(report), language));
      const xlsxPath = join(dir, `export-${language}.xlsx`);
      writeFileSync(xlsxPath, xlsx.toXlsx(tables.workbookSheets(report)));
      out[language] = { report, csvPath, xlsxPath };
    }
    return out;
  } finally {
    await server.close();
  }
}

/** Opens `file` in Calc and saves it as .fods; the CSV filter says separator and locale. */
function toFods(file, dir, infilter) {
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', 'fods', '--outdir', dir, file);
  execFileSync(SOFFICE, args, { stdio: 'pipe', timeout: 120_000 });
  return readFileSync(file.replace(/\.(csv|xlsx)$/, '.fods'), 'utf8');
}

const unescape = (s) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The sheets of a .fods: name -> rows -> cells { type, value, text }. */
function readFods(xml) {
  const sheets = {};
  for (const t of xml.matchAll(
    /<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g,
  )) {
    const rows = [];
    for (const r of t[2].matchAll(
      /<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g,
    )) {
      const cells = [];
      for (const c of (r[1] ?? '').matchAll(
        /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
      )) {
        const attr = (name) => new RegExp(`${name}="([^"]*)"`).exec(c[1])?.[1];
        const repeat = Math.min(Number(attr('table:number-columns-repeated') ?? 1), 64);
        const text = unescape(
          (c[2] ?? '').replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, ''),
        ).trim();
        const cell = { type: attr('office:value-type') ?? '', value: attr('office:value'), text };
        for (let i = 0; i < repeat; i++) cells.push(cell);
      }
      rows.push(cells);
    }
    sheets[unescape(t[1])] = rows;
  }
  return sheets;
}

const failures = [];
function expectNumber(where, cell, expected) {
  if (expected === null || expected === undefined) return;
  if (!cell || cell.type !== 'float' || Math.abs(Number(cell.value) - expected) > 1e-9) {
    failures.push(`${where}: expected the number ${expected}, Calc read ${JSON.stringify(cell)}`);
  }
}

/** Score, index, gap and priority of every element, and every dimension's and the overall score. */
function expectedFigures(report) {
  const shown = (x) => (x === null ? null : Math.round(x * 10 + 1e-9) / 10);
  return {
    overall: [shown(report.overall.score.value), report.overall.score.index],
    dimensions: report.dimensions.rows.map((d) => [d.id, shown(d.score.value), d.score.index]),
    elements: report.elements.rows.map((e) => [
      e.id,
      shown(e.score.value),
      e.score.index,
      e.gap === null ? null : shown(e.gap),
      e.priority === null ? null : shown(e.priority),
    ]),
  };
}

function checkLongCsv(where, rows, report) {
  const header = rows[0].map((c) => c.text);
  const col = (key) => header.indexOf(report.exportLabels.columns[key]);
  const [score, index, gap, priority] = ['score', 'index', 'gap', 'priority'].map(col);
  if (score < 0) failures.push(`${where}: no Score column in ${JSON.stringify(header)}`);
  const row = (kind, code) =>
    rows.find((r) => r[0]?.text === kind && (code === null || r[1]?.text === code));
  const f = expectedFigures(report);
  expectNumber(`${where} overall score`, row('overall', null)?.[score], f.overall[0]);
  expectNumber(`${where} overall index`, row('overall', null)?.[index], f.overall[1]);
  for (const [id, s, i] of f.dimensions) {
    expectNumber(`${where} ${id} score`, row('dimension', id)?.[score], s);
    expectNumber(`${where} ${id} index`, row('dimension', id)?.[index], i);
  }
  for (const [id, s, i, g, p] of f.elements) {
    const r = row('element', id);
    expectNumber(`${where} ${id} score`, r?.[score], s);
    expectNumber(`${where} ${id} index`, r?.[index], i);
    expectNumber(`${where} ${id} gap`, r?.[gap], g);
    expectNumber(`${where} ${id} priority`, r?.[priority], p);
  }
  return f.elements.filter(([, s]) => s !== null).length;
}

function checkWorkbook(where, sheets, report) {
  const name = report.exportLabels.tables.elements;
  const rows = sheets[name];
  if (!rows) {
    failures.push(`${where}: no sheet ${name} in ${Object.keys(sheets).join(', ')}`);
    return 0;
  }
  const header = rows[0].map((c) => c.text);
  const col = (key) => header.indexOf(report.exportLabels.columns[key]);
  const f = expectedFigures(report);
  for (const [id, s, i, g, p] of f.elements) {
    const r = rows.find((x) => x[0]?.text === id);
    expectNumber(`${where} ${id} score`, r?.[col('score')], s);
    expectNumber(`${where} ${id} index`, r?.[col('index')], i);
    expectNumber(`${where} ${id} gap`, r?.[col('gap')], g);
    expectNumber(`${where} ${id} priority`, r?.[col('priority')], p);
  }
  const dims = sheets[report.exportLabels.tables.dimensions] ?? [[]];
  const dimScore = dims[0].map((c) => c.text).indexOf(report.exportLabels.columns.score);
  for (const [id, s, i] of f.dimensions) {
    const r = dims.find((x) => x[0]?.text === id);
    expectNumber(`${where} ${id} score`, r?.[dimScore], s);
    expectNumber(`${where} ${id} index`, r?.[dimScore + 2], i);
  }
  return f.elements.filter(([, s]) => s !== null).length;
}

const dir = mkdtempSync(join(tmpdir(), 'se-radar-calc-'));
try {
  const made = await makeExports(dir);
  // CSV filter options: separator, text delimiter ("), UTF-8 (76), first line 1, no column
  // formats, the locale that reads the numbers (nl-NL 1043, en-GB 2057).
  const filters = { nl: 'CSV:59,34,76,1,,1043', en: 'CSV:44,34,76,1,,2057' };
  for (const language of ['nl', 'en']) {
    const { report, csvPath, xlsxPath } = made[language];
    const csvSheets = readFods(toFods(csvPath, dir, filters[language]));
    const n = checkLongCsv(`CSV ${language}`, Object.values(csvSheets)[0], report);
    console.log(`CSV (${language}): ${n} element scores read as numbers by LibreOffice Calc`);
    const m = checkWorkbook(`xlsx ${language}`, readFods(toFods(xlsxPath, dir)), report);
    console.log(`Excel workbook (${language}): ${m} element scores read as numbers`);
  }
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`Files kept in ${dir}`);
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('Spreadsheet check passed.');
