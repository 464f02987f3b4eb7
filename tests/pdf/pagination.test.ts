// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment, Language } from '../../src/model/schema';
import { readLocale } from '../support/i18n';
import { fullAssessment, quickAssessment, teamAssessment } from './fixtures';
import { demoAssessment, removeTempDir, renderToFile, wordBoxes } from './support';

afterAll(removeTempDir);

/**
 * Pagination as a reader meets it: no page that is nearly empty, and no heading left at the foot
 * of a page with its content on the next. The cases are the ones that used to go wrong: the
 * "not assessed" block after the score tables ran over onto a page of its own (8 % of it), and
 * the disclaimer at the end of the appendix did too (6 %).
 */
type Case = { name: string; make: (lng: Language) => Assessment; previous?: boolean };

const CASES: Case[] = [
  { name: 'the demo (nine actions, long notes)', make: demoAssessment },
  { name: 'full, one element not assessed', make: fullAssessment },
  {
    name: 'full, two elements not assessed',
    make: (lng) => {
      const a = fullAssessment(lng);
      for (const k of Object.keys(a.answers.p1!)) if (k.startsWith('mo-')) delete a.answers.p1![k];
      return a;
    },
  },
  {
    name: 'one statement answered, eight elements not assessed',
    make: (lng) => {
      const a = fullAssessment(lng);
      a.answers = { p1: { 'vms-1': 4 } };
      return a;
    },
  },
  { name: 'quick check', make: quickAssessment },
  { name: 'team', make: teamAssessment },
  { name: 'reassessment', make: fullAssessment, previous: true },
];

/** A page's own text: the header and footer (drawn last, so read last) cut off. */
function content(page: string, footer: string): string {
  const at = page.lastIndexOf(footer);
  return (at < 0 ? page : page.slice(0, at)).trim();
}

describe.each(['nl', 'en'] as const)('pagination in %s', (lng) => {
  const sections = readLocale(lng, 'report').sections as Record<string, string>;
  const pdfTexts = readLocale(lng, 'report').pdf as Record<string, string>;
  const checkLabel = (readLocale(lng, 'report').nextSteps as Record<string, string>).checkLabel!;
  const headings = [
    sections.notAssessed!,
    sections.warnings!,
    sections.comparison!,
    sections.appendix!,
    pdfTexts.disclaimerTitle!,
    pdfTexts.topStrengths!,
    pdfTexts.topPriorities!,
  ];

  it.each(CASES)(
    '$name: no page under an eighth full, no heading last on a page, no step split',
    async (c) => {
      const a = c.make(lng);
      let previous: Assessment | null = null;
      if (c.previous) {
        previous = c.make(lng);
        previous.id = 'previous';
        previous.meta.date = '2025-03-01';
        a.previousAssessmentId = 'previous';
      }
      const pdf = await renderToFile(`pages-${lng}-${c.name}`, a, lng, null, previous);
      const { height, words } = await wordBoxes(pdf.path);
      // The text area runs from 24 mm to 22 mm above the foot (68 and 62 points); the running
      // header and footer lie outside it.
      const top = 62;
      const foot = height - 62;
      for (let page = 1; page <= pdf.pages; page++) {
        const inside = words.filter((w) => w.page === page && w.yMin > top && w.yMax < foot);
        const bottom = Math.max(top, ...inside.map((w) => w.yMax));
        const filled = (bottom - top) / (foot - top);
        expect(
          filled,
          `page ${page} of ${pdf.pages} is ${Math.round(filled * 100)} % full`,
        ).toBeGreaterThan(0.12);
      }
      const footer = [pdf.report.meta.title, pdf.report.meta.dateText].join(' · ');
      pdf.pageTexts.forEach((page, i) => {
        const own = content(page, footer);
        for (const h of headings)
          expect(own.endsWith(h), `page ${i + 1} ends with "${h}"`).toBe(false);
        // A step and how you will know it works stay on one page.
        expect(own.startsWith(checkLabel), `page ${i + 1} opens with a step's tail`).toBe(false);
      });
    },
  );

  it('puts what was not assessed at the top of the scores, before the tables that mark it', async () => {
    const pdf = await renderToFile(`pages-${lng}-order`, fullAssessment(lng), lng);
    const page = pdf.pageTexts.find((p) => p.includes(sections.scores!))!;
    const at = (text: string) => page.indexOf(text);
    expect(at(sections.notAssessed!)).toBeGreaterThan(at(sections.warnings!));
    expect(at(sections.notAssessed!)).toBeLessThan(at(pdfTexts.dimensions!));
  });
});
