// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSteps } from '../../src/model/framework';
import type { Assessment, Language } from '../../src/model/schema';
import { stepRefOf } from '../../src/i18n/step-ref';
import { createTestI18n, readLocale } from '../support/i18n';
import { fullAssessment } from './fixtures';
import { demoAssessment, removeTempDir, renderToFile, type RenderedPdf } from './support';

afterAll(removeTempDir);

/**
 * The consultant's case of issue 9, both ways round: a screen in one language, the report in
 * the other, a Polish client, notes with mathematical signs, currency, ticks, typographic quotes
 * and dashes, a default title made on the screen, a suggested step added as an action on the
 * screen, and the consultant's own summary. Every page must be in the report language and every
 * character as typed.
 */
const CLIENT = 'Łódzkie Wodociągi Sp. z o.o.';
const NOTE =
  'Doel ≥ 85 %, nu ≤ 70 % (≈ 68 ‰ ≠ 70 ‰) ± 2 · 3 × 4 ÷ 2 · € 12 500 of £ 10 800 · ✓ klaar ✗ open · “klant eerst” – zo snel mogelijk — zonder wachttijd';
const CALLS = 'Klant belt 3× terug → … doel ≥ 85 %';
const STRENGTH = 'Maandrapport “KCC” – op tijd ✓';
const IMPROVEMENT = 'Wachttijd ≤ 30 s; kosten ≈ € 4 per contact';

const CASES = {
  nl: {
    screen: 'en',
    screenTitle: 'Service excellence self-assessment 2026',
    reportTitle: 'Zelfevaluatie service excellence 2026',
    pageOf: (i: number, n: number) => `Pagina ${i} van ${n}`,
    summary: [
      `${CLIENT} staat er redelijk voor: 3,1 gemiddeld.`,
      'Prioriteit: “klant eerst” – ≥ 85 % in één keer geholpen ✓.',
    ],
    generatedStart: 'De organisatie scoort gemiddeld',
    overall: '3,1',
    // Klantinzicht: 1,6, target 4, gap 2,4, priority 3 x 2,4 = 7,2.
    priority: '1,6 4 2,4 7,2',
  },
  en: {
    screen: 'nl',
    screenTitle: 'Zelfevaluatie service excellence 2026',
    reportTitle: 'Service excellence self-assessment 2026',
    pageOf: (i: number, n: number) => `Page ${i} of ${n}`,
    summary: [
      `${CLIENT} is doing reasonably well: 3.1 on average.`,
      'Priority: “customer first” – ≥ 85 % helped at once ✓.',
    ],
    generatedStart: 'The organisation scores',
    overall: '3.1',
    priority: '1.6 4 2.4 7.2',
  },
} as const;

/** Every text of the report namespace in `other`, long enough to be recognised, unlike `lng`'s. */
function onlyIn(other: Language, lng: Language): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string') {
      const plain = a.split(/\{\{[^}]+\}\}/)[0]!.trim();
      if (plain.length >= 14 && a !== b) out.push(plain);
    } else if (a && typeof a === 'object') {
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)?.[k]);
    }
  };
  walk(readLocale(other, 'report'), readLocale(lng, 'report'));
  return out;
}

describe.each(['nl', 'en'] as const)(
  'the consultant’s case: a %s report for a Polish client',
  (lng) => {
    const k = CASES[lng];
    const step = allSteps().find((s) => !s.retired && s.elementId === 'customer-understanding')!;
    let stepText: Record<Language, string>;
    let pdf: RenderedPdf;

    beforeAll(async () => {
      const a: Assessment = fullAssessment(lng);
      // Made on the screen: the default title and the step's text are in the screen's language.
      const stepRef = (await stepRefOf(await createTestI18n(k.screen), a, step.id))!;
      stepText = stepRef.text;
      a.meta.organisation = CLIENT;
      a.meta.title = k.screenTitle;
      a.meta.titleIsDefault = true;
      a.elements.monitoring.notes = NOTE;
      a.elements.monitoring.strengths = STRENGTH;
      a.elements.monitoring.improvements = IMPROVEMENT;
      a.elements['customer-understanding'].notes = CALLS;
      a.actions.push({
        id: 'from-step',
        elementId: 'customer-understanding',
        description: stepRef.text[k.screen],
        owner: 'Zoë Łukasik',
        due: '2027-02-01',
        status: 'open',
        priority: 'high',
        stepRef,
      });
      a.summaryText = k.summary.join('\n\n');
      pdf = await renderToFile(`consultant-${lng}`, a, lng);
    });

    it('prints every character as typed', () => {
      expect(pdf.pages).toBeGreaterThan(5);
      for (const text of [CLIENT, NOTE, CALLS, STRENGTH, IMPROVEMENT, 'Zoë Łukasik']) {
        expect(pdf.text).toContain(text);
      }
      expect(pdf.text).not.toContain('\uFFFD');
      expect(pdf.text).not.toContain('◌');
    });

    it('opens with the consultant’s summary, not the generated one, without any apology', () => {
      const summaryPage = pdf.pageTexts[1]!;
      for (const p of k.summary) expect(summaryPage).toContain(p);
      expect(summaryPage).not.toContain(k.generatedStart);
    });

    it('is in the report language on every page: the default title and the step too', () => {
      const wrong = onlyIn(k.screen, lng);
      expect(wrong.length).toBeGreaterThan(50);
      pdf.pageTexts.forEach((page, i) => {
        expect(page, `page ${i + 1}`).toContain(k.pageOf(i + 1, pdf.pages));
        expect(page, `page ${i + 1}`).not.toContain(k.screenTitle);
        for (const text of wrong) expect(page, `page ${i + 1}: ${text}`).not.toContain(text);
      });
      expect(pdf.pageTexts[0]).toContain(k.reportTitle);
      // The action made from the step on the screen prints the step in the report language.
      const plan = pdf.text.slice(pdf.text.lastIndexOf(pdf.report.sections.actions));
      expect(plan).toContain(`4 ${stepText[lng].replace(/\s+/g, ' ').slice(0, 40)}`);
      expect(pdf.text).not.toContain(stepText[k.screen].slice(0, 40));
    });

    it('has figures that check out by hand', () => {
      // fixtures.ts: overall 3.0979 -> 3.1, index (3.1 - 1) x 25 = 52.5 -> 53, 8 of 9 scored.
      const summary = pdf.pageTexts[1]!;
      expect(summary).toContain(k.overall);
      expect(summary).toMatch(/Index 53\b/);
      const cu = pdf.report.elements.rows.find((r) => r.id === 'customer-understanding')!;
      expect(summary).toContain(`1 ${cu.name} ${k.priority}`);
    });
  },
);

describe.each(['nl', 'en'] as const)('the demo in the other language than its own (%s)', (lng) => {
  it('makes its default title in the report language', async () => {
    const own: Language = lng === 'nl' ? 'en' : 'nl';
    const demo = demoAssessment(own);
    const pdf = await renderToFile(`demo-${own}-in-${lng}`, demo, lng);
    const title = CASES[lng].reportTitle;
    expect(pdf.pageTexts[0]).toContain(title);
    expect(pdf.pageTexts[1]).toContain(`${title} · `);
    expect(pdf.text).not.toContain(CASES[own].reportTitle);
  });
});
