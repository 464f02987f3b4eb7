import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'se-radar-pdf-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WIDE = { width: 1280, height: 900 };
/** A small SVG logo with a viewBox only (no width or height), as design tools export them. */
const SVG_LOGO = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80">' +
    '<rect width="200" height="80" fill="#0b6e4f"/><circle cx="40" cy="40" r="28" fill="#fff"/></svg>',
);

async function pdfText(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '));
}

/** Opens the demo from the start page (English UI) and waits for its results. */
async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await page.waitForURL(/#\/a\/.+\/results$/);
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
}

async function downloadPdf(page: Page, name: string): Promise<{ path: string; fileName: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return { path, fileName: download.suggestedFilename() };
}

describe('the PDF report', () => {
  const { open } = useBrowser();

  it('is not part of the first page load', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.ttf')) scripts.push(r.url());
    });
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((u) => /make-report-pdf|\.ttf$/.test(u))).toBe(false);
    const sources = await Promise.all(
      scripts.map((u) => page.evaluate((url) => fetch(url).then((r) => r.text()), u)),
    );
    for (const source of sources) expect(source).not.toMatch(/jsPDF|autoTable/);
  });

  it('downloads in Dutch from an English screen: Dutch headings and decimal commas', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    await openDemo(page);
    // The report language defaults to the assessment's (English here); choose Dutch.
    const select = page.getByLabel('Report language');
    expect(await select.inputValue()).toBe('en');
    await select.selectOption('nl');
    const { path, fileName } = await downloadPdf(page, 'demo-nl.pdf');
    expect(fileName).toMatch(/\.pdf$/);
    expect(fileName).not.toMatch(/[<>:"/\\|?*]/);
    await page.getByText(`The report has been downloaded as “${fileName}”.`).waitFor();

    const pages = await pdfText(path);
    const text = pages.join(' ');
    for (const heading of [
      'Samenvatting',
      'Scores per dimensie en element',
      'Actieplan',
      'Bijlage',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Executive summary');
    expect(pages[0]).toContain('Pagina 1 van');
    // Scores are written with a comma in the scores section, never with a point.
    const scores = pages.find((p) => p.includes('Scores per dimensie en element'))!;
    expect(scores).toMatch(/\b[1-5],\d\b/);
    expect(scores).not.toMatch(/\b[1-5]\.\d\b/);
    // The screen stayed English.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('uses the branding: an SVG logo made PNG, the consultant, an adjusted colour', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE, path: '#/settings' });
    await page.locator('h1', { hasText: 'Report branding' }).waitFor();
    await page.getByLabel('Consultant or assessor name (optional)').fill('Łucja İnan Ωμέγα Жукова');
    await page.getByLabel('Company (optional)').fill('Radar Advies');
    await page.getByLabel('Logo (optional)').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: SVG_LOGO,
    });
    await page.getByText(/The logo is ready \(600 × 240 pixels/).waitFor();

    const hex = page.getByLabel('Accent colour as hex code');
    await hex.fill('#ffcc00');
    await page.getByText(/This colour is too light for text on white/).waitFor();
    await page.getByRole('button', { name: /^Use #[0-9a-f]{6} instead/ }).click();
    const adjusted = await hex.inputValue();
    expect(adjusted).toMatch(/^#[0-9a-f]{6}$/);
    expect(adjusted).not.toBe('#ffcc00');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByText('The branding has been saved. New PDF reports use it.').waitFor();

    await page.goto(page.url().replace(/#.*$/, '#/'));
    await openDemo(page);
    const { path } = await downloadPdf(page, 'branded.pdf');
    const pages = await pdfText(path);
    expect(pages[0]).toContain('Łucja İnan Ωμέγα Жукова');
    expect(pages[0]).toContain('Radar Advies');
    const { stdout } = await run('pdfimages', ['-list', path]);
    const images = stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+600\s+240\b/);
  });

  it('refuses a file that only claims to be an image', async () => {
    const page = await open({ locale: 'nl-NL', viewport: WIDE, path: '#/settings' });
    await page.locator('h1').waitFor();
    await page.getByLabel('Logo (optioneel)').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is not a picture at all'),
    });
    await page
      .getByText('Dit bestand is geen PNG-, JPEG- of SVG-afbeelding.', { exact: false })
      .waitFor();
  });
});
