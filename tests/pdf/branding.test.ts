// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Branding } from '../../src/model/schema';
import { readLocale } from '../support/i18n';
import { fullAssessment, INTERNATIONAL_NAME } from './fixtures';
import { removeTempDir, renderToFile } from './support';

afterAll(removeTempDir);
const run = promisify(execFile);

/** A 24 x 12 PNG, two colour halves. */
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAYAAAB4MH11AAAAL0lEQVR4XmM4YaPxnxQsYrPgPymYgRTDQWpJMRykdtQCgkE2GkSjQYSZywddRgMAMetOvxT0aFEAAAAASUVORK5CYII=';

const branding = (logo: string | null): Branding => ({
  schemaVersion: SCHEMA_VERSION,
  consultantName: INTERNATIONAL_NAME,
  company: 'Adviesbureau Öztürk & Partners',
  logo,
  accentColor: '#7a1f5c',
});

async function images(path: string): Promise<string[]> {
  const { stdout } = await run('pdfimages', ['-list', path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
}

describe('the branded cover', () => {
  it('shows the logo, the consultant and the company, and the accent colour', async () => {
    const pdf = await renderToFile('branded-en', fullAssessment('en'), 'en', branding(LOGO));
    const cover = pdf.pageTexts[0]!;
    const preparedBy = String(
      (readLocale('en', 'report').pdf as Record<string, string>).preparedBy,
    );
    expect(cover).toContain(preparedBy);
    expect(cover).toContain(INTERNATIONAL_NAME);
    expect(cover).toContain('Adviesbureau Öztürk & Partners');
    const list = await images(pdf.path);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^\s*1\s/); // on page 1
  });

  it('leaves a clean cover without a logo, or with one that cannot be read', async () => {
    for (const [name, logo] of [
      ['no-logo', null],
      ['bad-logo', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAAAAAAA'],
    ] as const) {
      const pdf = await renderToFile(name, fullAssessment('nl'), 'nl', branding(logo));
      expect(await images(pdf.path)).toHaveLength(0);
      expect(pdf.pageTexts[0]).toContain('Zorggroep Noorderlicht');
      expect(pdf.pages).toBeGreaterThan(5);
    }
  });

  it('works without any branding at all', async () => {
    const pdf = await renderToFile('unbranded', fullAssessment('nl'), 'nl', null);
    const preparedBy = String(
      (readLocale('nl', 'report').pdf as Record<string, string>).preparedBy,
    );
    expect(pdf.pageTexts[0]).not.toContain(preparedBy);
    expect(await images(pdf.path)).toHaveLength(0);
  });
});
