// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/pdf/fonts';
import { fullAssessment } from './fixtures';
import { removeTempDir, renderToFile, type RenderedPdf } from './support';

afterAll(removeTempDir);

const CLIENT = 'Łódzkie Wodociągi Sp. z o.o.';
const ACTION = 'Klant belt 3× terug → doel ≥ 85 %';
const SIGNS = '≈ ≠ ± ÷ ‰ ≤ ✓ ✗ € £';
const GREEK = 'Ευχαριστούμε πολύ';
const CYRILLIC = 'Спасибо за помощь';
/** "Zoë" with the diaeresis as a combining mark (U+0308), as some Mac keyboards send it. */
const DECOMPOSED = 'Zoe\u0308 Visser';

describe.each(['nl', 'en'] as const)('every character printed (%s)', (lng) => {
  let pdf: RenderedPdf;

  it('renders the Polish client, symbols, Greek, Cyrillic and a decomposed name', async () => {
    const a = fullAssessment(lng);
    a.meta.organisation = CLIENT;
    a.meta.assessor = DECOMPOSED;
    a.elements.monitoring.notes = `${SIGNS} · ${GREEK} · ${CYRILLIC}`;
    a.elements['customer-understanding'].notes = 'Goed 👍🏽 gedaan';
    a.actions[0]!.description = ACTION;
    pdf = await renderToFile(`characters-${lng}`, a, lng);
    expect(pdf.pages).toBeGreaterThan(5);
  });

  it('reads every character back as typed', () => {
    for (const text of [CLIENT, ACTION, SIGNS, GREEK, CYRILLIC]) expect(pdf.text).toContain(text);
    // The decomposed name is drawn composed (NFC): one glyph ë, read back as U+00EB.
    expect(pdf.text).toContain('Zoë Visser');
    expect(pdf.text).not.toContain('\u0308');
    expect(pdf.text).not.toContain('\uFFFD');
  });

  it('prints an emoji as one placeholder', () => {
    expect(pdf.text).toContain(`Goed ${PLACEHOLDER} gedaan`);
  });

  it('has the client in every page header after the cover', () => {
    pdf.pageTexts.slice(1).forEach((page) => expect(page).toContain(CLIENT));
  });
});
