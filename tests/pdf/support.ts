import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildReport } from '../../src/model/report';
import type { ReportModel, Translate } from '../../src/model/report-types';
import type { Assessment, Branding, Language } from '../../src/model/schema';
import type { PdfFonts } from '../../src/pdf/fonts';
import { renderReportPdf } from '../../src/pdf/render-report';
import { pdfTexts } from '../../src/pdf/texts';
import { reportTranslate } from '../../src/i18n/report-language';
import { buildDemo } from '../../src/model/demo';
import { createTestI18n, readLocale } from '../support/i18n';

const run = promisify(execFile);

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf';
let fonts: PdfFonts | null = null;

/** The same TrueType files the app ships, read from the package. */
export function testFonts(): PdfFonts {
  const read = (path: string) => {
    const b = readFileSync(join(FONT_DIR, path));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  fonts ??= {
    regular: read('DejaVuSans.ttf'),
    bold: read('DejaVuSans-Bold.ttf'),
  };
  return fonts;
}

/** A translate function from the real locale files; a missing key throws. */
export async function translator(language: Language): Promise<Translate> {
  return reportTranslate(await createTestI18n(language), language);
}

/** Where the PDFs go; set KEEP_PDFS=1 to keep them for a look after the run. */
export const tempDir = mkdtempSync(join(tmpdir(), 'se-radar-pdf-'));

export function removeTempDir(): void {
  if (process.env.KEEP_PDFS) console.log(`PDFs kept in ${tempDir}`);
  else rmSync(tempDir, { recursive: true, force: true });
}

export interface RenderedPdf {
  path: string;
  bytes: number;
  pages: number;
  report: ReportModel;
  /** pdftotext output, one entry per page, whitespace runs collapsed to one space. */
  pageTexts: string[];
  /** All pages' text joined. */
  text: string;
}

/** Builds the report model with the real texts, renders it and reads it back with pdftotext. */
export async function renderToFile(
  name: string,
  assessment: Assessment,
  language: Language,
  branding: Branding | null = null,
  previous: Assessment | null = null,
): Promise<RenderedPdf> {
  const t = await translator(language);
  const report = buildReport(assessment, t, { language, previous });
  const doc = renderReportPdf(
    report,
    branding,
    testFonts(),
    pdfTexts(t, assessment.meta.organisation),
  );
  const path = join(tempDir, `${name}.pdf`);
  const data = Buffer.from(doc.output('arraybuffer'));
  writeFileSync(path, data);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pageTexts = stdout
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' ').trim());
  return {
    path,
    bytes: data.length,
    pages: doc.getNumberOfPages(),
    report,
    pageTexts,
    text: pageTexts.join(' '),
  };
}

/** pdftotext -layout, one string per page: table rows stay on one line. */
export async function layoutPages(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split('\f').slice(0, -1);
}

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to check nothing runs off the page. */
export async function wordBoxes(
  path: string,
): Promise<{ width: number; height: number; words: WordBox[] }> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(stdout)!;
  const words: WordBox[] = [];
  stdout
    .split('<page ')
    .slice(1)
    .forEach((chunk, i) => {
      for (const m of chunk.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      )) {
        words.push({
          page: i + 1,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          word: m[5]!,
        });
      }
    });
  return { width: Number(size[1]), height: Number(size[2]), words };
}

/** pdffonts' table rows: name, type, encoding, embedded, subset, unicode. */
export async function fontsOf(path: string): Promise<{ name: string; emb: string; uni: string }[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: read the yes/no columns from the end.
      return { name: cols[0]!, emb: cols[cols.length - 5]!, uni: cols[cols.length - 3]! };
    });
}

export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [path]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** The demo assessment (dated 15 March 2026) from its locale file; a missing text throws. */
export function demoAssessment(lng: Language): Assessment {
  const texts = readLocale(lng, 'demo');
  const t = (key: string) => {
    const value = key
      .split('.')
      .reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], texts);
    if (typeof value !== 'string') throw new Error(`Missing demo text: ${lng}:${key}`);
    return value;
  };
  return buildDemo(t, lng, '2026-03-15');
}
