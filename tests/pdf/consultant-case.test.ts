// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { readLocale } from '../support/i18n';
import { fullAssessment } from './fixtures';
import { removeTempDir, renderToFile, type RenderedPdf } from './support';

afterAll(removeTempDir);

/**
 * The consultant's case of issue 9: a Dutch report (whatever the screen), a Polish client,
 * notes with mathematical signs, currency, ticks, typographic quotes and dashes, and the
 * consultant's own summary. Every page must be in Dutch and every character as typed.
 */
const CLIENT = 'Łódzkie Wodociągi Sp. z o.o.';
const NOTE =
  'Doel ≥ 85 %, nu ≤ 70 % (≈ 68 ‰ ≠ 70 ‰) ± 2 · 3 × 4 ÷ 2 · € 12 500 of £ 10 800 · ✓ klaar ✗ open · “klant eerst” – zo snel mogelijk — zonder wachttijd';
const SUMMARY = `${CLIENT} staat er redelijk voor: 3,1 gemiddeld.\n\nPrioriteit: “klant eerst” – ≥ 85 % in één keer geholpen ✓.`;

/** Every English text of the report namespace long enough to be recognised, unlike its Dutch. */
function englishOnly(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, nl: unknown) => {
    if (typeof en === 'string') {
      const plain = en.split(/\{\{[^}]+\}\}/)[0]!.trim();
      if (plain.length >= 14 && en !== nl) out.push(plain);
    } else if (en && typeof en === 'object') {
      for (const [k, v] of Object.entries(en)) walk(v, (nl as Record<string, unknown>)?.[k]);
    }
  };
  walk(readLocale('en', 'report'), readLocale('nl', 'report'));
  return out;
}

describe('the consultant’s case: Dutch report for a Polish client', () => {
  let pdf: RenderedPdf;

  it('renders', async () => {
    const a = fullAssessment('nl');
    a.meta.organisation = CLIENT;
    a.meta.title = 'Service excellence self-assessment 2026';
    a.meta.titleIsDefault = true;
    a.elements.monitoring.notes = NOTE;
    a.elements.monitoring.strengths = 'Maandrapport “KCC” – op tijd ✓';
    a.elements.monitoring.improvements = 'Wachttijd ≤ 30 s; kosten ≈ € 4 per contact';
    a.elements['customer-understanding'].notes = 'Klanten bellen 3× terug → doel ≥ 85 %';
    a.summaryText = SUMMARY;
    pdf = await renderToFile('consultant-nl', a, 'nl');
    expect(pdf.pages).toBeGreaterThan(5);
  });

  it('prints every character as typed', () => {
    for (const text of [CLIENT, NOTE, 'Maandrapport “KCC” – op tijd ✓', 'kosten ≈ € 4']) {
      expect(pdf.text).toContain(text);
    }
    expect(pdf.text).not.toContain('\uFFFD');
    expect(pdf.text).not.toContain('◌');
  });

  it('opens with the consultant’s summary, not the generated one, without any apology', () => {
    const summaryPage = pdf.pageTexts[1]!;
    expect(summaryPage).toContain(`${CLIENT} staat er redelijk voor: 3,1 gemiddeld.`);
    expect(summaryPage).toContain('Prioriteit: “klant eerst” – ≥ 85 % in één keer geholpen ✓.');
    expect(summaryPage).not.toContain('De organisatie scoort gemiddeld');
  });

  it('is in Dutch on every page: the default title too, and no English report text', () => {
    const english = englishOnly();
    expect(english.length).toBeGreaterThan(50);
    pdf.pageTexts.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pdf.pages}`);
      expect(page, `page ${i + 1}`).not.toContain('self-assessment');
      for (const text of english) expect(page, `page ${i + 1}: ${text}`).not.toContain(text);
    });
    expect(pdf.pageTexts[0]).toContain('Zelfevaluatie service excellence 2026');
  });

  it('has figures that check out by hand', () => {
    // fixtures.ts: overall 3.0979 -> 3,1, index (3,1 - 1) x 25 = 52,5 -> 53, 8 of 9 scored.
    const summary = pdf.pageTexts[1]!;
    expect(summary).toContain('3,1');
    expect(summary).toMatch(/Index 53\b/);
    // Top priority Klantinzicht: 1,6, target 4, gap 2,4, priority 3 x 2,4 = 7,2.
    const cu = pdf.report.elements.rows.find((r) => r.id === 'customer-understanding')!;
    expect(summary).toContain(`1 ${cu.name} 1,6 4 2,4 7,2`);
    expect(pdf.text).toContain('Klanten bellen 3× terug → doel ≥ 85 %');
  });
});
