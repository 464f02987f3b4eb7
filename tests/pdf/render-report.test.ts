// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../src/model/framework';
import type { Language } from '../../src/model/schema';
import { PLACEHOLDER } from '../../src/pdf/fonts';
import { readLocale } from '../support/i18n';
import {
  FULL_OVERALL,
  FULL_SCORES,
  INTERNATIONAL_NAME,
  fullAssessment,
  quickAssessment,
  teamAssessment,
} from './fixtures';
import {
  fontsOf,
  pdfInfo,
  removeTempDir,
  renderToFile,
  wordBoxes,
  type RenderedPdf,
} from './support';

afterAll(removeTempDir);

type Json = Record<string, Record<string, unknown>>;
const report = (lng: Language) => readLocale(lng, 'report') as Json;
const framework = (lng: Language) => readLocale(lng, 'framework') as Json;
const elementName = (lng: Language, id: string) =>
  (framework(lng).elements![id] as { name: string }).name;
const sep = (value: string, lng: Language) => (lng === 'nl' ? value.replace('.', ',') : value);
const other = (lng: Language): Language => (lng === 'nl' ? 'en' : 'nl');
/** Page X of Y in the language, for page `page` of `pages`. */
const pageOf = (lng: Language, page: number, pages: number) =>
  String((report(lng).pdf as Record<string, string>).pageOf)
    .replace('{{page}}', String(page))
    .replace('{{pages}}', String(pages));

describe.each(['nl', 'en'] as const)('the full report in %s', (lng) => {
  let pdf: RenderedPdf;

  it('renders a valid PDF of several pages', async () => {
    pdf = await renderToFile(`full-${lng}`, fullAssessment(lng), lng);
    const info = await pdfInfo(pdf.path);
    expect(Number(info.Pages)).toBe(pdf.pages);
    expect(pdf.pages).toBeGreaterThan(5);
    expect(pdf.bytes).toBeLessThan(500 * 1024);
  });

  it('has its section headings in the report language, not the other one', () => {
    const sections = report(lng).sections as Record<string, string>;
    const otherSections = report(other(lng)).sections as Record<string, string>;
    for (const key of ['summary', 'scores', 'details', 'actions', 'appendix'] as const) {
      expect(pdf.text).toContain(sections[key]);
      expect(pdf.text).not.toContain(otherSections[key]);
    }
  });

  it('names every element and prints the hand-worked scores with the right separator', () => {
    for (const id of ELEMENT_IDS) expect(pdf.text).toContain(elementName(lng, id));
    const scoresPage = pdf.pageTexts.find((p) =>
      p.includes((report(lng).sections as Record<string, string>).scores!),
    )!;
    for (const id of ELEMENT_IDS) {
      const score = FULL_SCORES[id];
      if (score === null) continue;
      expect(scoresPage).toContain(`${elementName(lng, id)} ${sep(score, lng)}`);
    }
    // The overall score and index on the summary page: 3.0979 -> 3.1 (3,1), index 53 from 3.1.
    const summary = pdf.pageTexts[1]!;
    expect(summary).toContain(sep(FULL_OVERALL.score, lng));
    expect(summary).toMatch(new RegExp(`Index ${FULL_OVERALL.index}\\b`));
    // No score in the other language's notation anywhere in the scores table.
    const wrong = lng === 'nl' ? /\b[1-5]\.\d\b/ : /\b[1-5],\d\b/;
    expect(scoresPage).not.toMatch(wrong);
  });

  it('prints the actions and a name in Polish, Turkish, Greek and Cyrillic letters', () => {
    expect(pdf.text).toContain('Herhaalcontacten per maand meten');
    expect(pdf.text).toContain('Resultaten delen in het kwartaaloverleg');
    expect(pdf.text).toContain(INTERNATIONAL_NAME);
    expect(pdf.text).toContain('Жанна');
    expect(pdf.text).not.toContain('\uFFFD');
  });

  it('numbers the actions, the description first and widest', () => {
    const r = report(lng);
    const columns = r.columns as Record<string, string>;
    const rank = (r.pdf as Record<string, string>).rank!;
    const page = pdf.pageTexts.find((p) =>
      p.includes((r.sections as Record<string, string>).actions!),
    )!;
    expect(page).toContain(`${rank} ${columns.description} ${columns.element} ${columns.owner}`);
    expect(page).toContain('1 Klantreis "melding tot oplossing" in kaart brengen');
    expect(page).toContain('2 Herhaalcontacten per maand meten');
    expect(page).toContain('3 Resultaten delen in het kwartaaloverleg');
  });

  it('shows a placeholder for emoji and Chinese, and does not apologise for it', () => {
    // The screen warns before the download; the client's report carries no note about it.
    const field = String((report(lng).glyphs as Record<string, string>).field);
    expect(pdf.text).not.toContain(field.slice(0, 20));
    // 👍🏽 is one placeholder (emoji plus skin tone), 🚀 one, and each Chinese character one.
    expect(pdf.text).toContain(
      `Goed gedaan ${PLACEHOLDER} en snel ${PLACEHOLDER}, zie ${PLACEHOLDER}${PLACEHOLDER}.`,
    );
    expect(pdf.text).not.toMatch(/[\u{1F300}-\u{1FAFF}\u4E00-\u9FFF]/u);
  });

  it('puts the organisation and "page X of Y" in the language on every page', () => {
    pdf.pageTexts.forEach((text, i) => {
      expect(text).toContain(pageOf(lng, i + 1, pdf.pages));
      if (i > 0) expect(text).toContain('Zorggroep Noorderlicht');
    });
  });

  it('keeps every word inside the page margins (radar labels included)', async () => {
    const { width, height, words } = await wordBoxes(pdf.path);
    const margin = (20 / 25.4) * 72 - 1; // 20 mm, less a point for rounding
    const outside = words.filter(
      (w) => w.xMin < margin || w.xMax > width - margin || w.yMin < 0 || w.yMax > height,
    );
    expect(outside).toEqual([]);
  });

  it('embeds every font it uses', async () => {
    const fonts = await fontsOf(pdf.path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.emb, f.name).toBe('yes');
      expect(f.uni, f.name).toBe('yes');
    }
  });

  it('sets title, author, subject and language', async () => {
    const info = await pdfInfo(pdf.path);
    expect(info.Title).toContain('Nulmeting 2026');
    expect(info.Author).toContain(INTERNATIONAL_NAME);
    expect(info.Subject).toContain('Zorggroep Noorderlicht');
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(pdf.path, 'latin1');
    expect(raw).toContain(lng === 'nl' ? '/Lang (nl)' : '/Lang (en-GB)');
    expect(raw).toContain('/Type /Outlines');
  });

  it('one assessor: statements show the answer itself, the appendix no team rules', () => {
    const r = report(lng);
    const columns = r.columns as Record<string, string>;
    const answers = r.answers as Record<string, string>;
    const ap = r.appendix as {
      method: Record<string, string>;
      scoring: { rules: Record<string, string> };
    };
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const culture = pdf.pageTexts.find((p) => p.includes(elementName(lng, 'service-culture')))!;
    expect(pdf.text).toContain(`${columns.statement} ${columns.answer}`);
    // sc: 2 2 3 n/a n/a, each row ends in its answer; lc-5 is open.
    expect(pdf.text).toContain(` ${answers.na} `);
    expect(pdf.text).toContain(` ${answers.open} `);
    expect(culture).toBeDefined();
    expect(pdf.text).not.toContain(answers.scored!.replace('{{count}}', '1'));
    expect(pdf.text).toContain(flat(ap.method.fullSingle!));
    for (const rule of ['team', 'agreed', 'conversion', 'dontKnow', 'comparison', 'quick']) {
      expect(pdf.text, rule).not.toContain(flat(ap.scoring.rules[rule]!).slice(0, 60));
    }
    expect(pdf.text).toContain(flat(ap.scoring.rules.notApplicable!).slice(0, 60));
  });

  it('says in the appendix that the nine elements weigh equally, and gives the disclaimer', () => {
    const rules = (report(lng).appendix as { scoring: { rules: Record<string, string> } }).scoring
      .rules;
    expect(pdf.text).toContain(rules.weighting!.replace(/\s+/g, ' '));
    expect(pdf.text).toContain(String(report(lng).disclaimer).replace(/\s+/g, ' '));
  });
});

describe.each(['nl', 'en'] as const)('the quick check in %s', (lng) => {
  it('gives a report with the levels, the overall 3.0 and what was not assessed', async () => {
    const pdf = await renderToFile(`quick-${lng}`, quickAssessment(lng), lng);
    const summary = pdf.pageTexts[1]!;
    // (3 + 4 + 2 + 5 + 1 + 3 + 4 + 2) / 8 = 3.0
    expect(summary).toContain(sep('3.0', lng));
    expect(pdf.text).toContain(elementName(lng, 'service-innovation'));
    expect(pdf.text).toContain((report(lng).sections as Record<string, string>).notAssessed);
    expect(pdf.text).toContain('Klantpanel starten');
  });
});

describe.each(['nl', 'en'] as const)('the team report in %s', (lng) => {
  it('shows the agreed score, the team score and its spread', async () => {
    const pdf = await renderToFile(`team-${lng}`, teamAssessment(lng), lng);
    const name = elementName(lng, 'vision-mission-strategy');
    // The element's section runs over two pages now that each statement carries its evidence:
    // read it from its heading to the participants table (Jan de Vries is first named there).
    const all = pdf.pageTexts.join('\n');
    const end = all.indexOf('Jan de Vries');
    expect(end).toBeGreaterThan(0);
    const detail = all.slice(all.lastIndexOf(`${name} `, end), end + 200);
    // Agreed 3.5 in use; team 3.0; spread 2.0 to 4.0, sd sqrt(2/3) = 0.8.
    expect(detail).toContain(sep('3.5', lng));
    expect(detail).toContain(sep('3.0', lng));
    expect(detail).toContain(sep('2.0', lng));
    expect(detail).toContain(sep('4.0', lng));
    expect(detail).toContain(sep('0.8', lng));
    // Participants by name, in the element and in the appendix.
    expect(pdf.text).toContain('Zoë Öztürk');
    expect(pdf.text).toContain(INTERNATIONAL_NAME);
    const participants = (report(lng).sections as Record<string, string>).participants!;
    expect(pdf.text).toContain(participants);
    // Every statement answered by all three: counts, and the team and agreed rules explained.
    const answers = report(lng).answers as Record<string, string>;
    expect(detail).toContain(answers.scored!.replace('{{count}}', '3'));
    const rules = (report(lng).appendix as { scoring: { rules: Record<string, string> } }).scoring
      .rules;
    for (const rule of ['team', 'agreed']) {
      expect(pdf.text, rule).toContain(rules[rule]!.replace(/\s+/g, ' ').slice(0, 60));
    }
  });
});

describe('an assessment with few answers', () => {
  it('still gives a valid report that says what is missing', async () => {
    const a = fullAssessment('en');
    a.answers = { p1: { 'vms-1': 4 } };
    a.actions = [];
    const pdf = await renderToFile('few-en', a, 'en');
    const info = await pdfInfo(pdf.path);
    expect(Number(info.Pages)).toBe(pdf.pages);
    const sections = report('en').sections as Record<string, string>;
    // One statement of five: a score of 4.0 flagged "insufficient answers", eight elements not
    // assessed, and the warnings that say so.
    expect(pdf.text).toContain(sections.warnings);
    expect(pdf.text).toContain(sections.notAssessed);
    for (const w of pdf.report.warnings) expect(pdf.text).toContain(w.text.replace(/\s+/g, ' '));
    expect(pdf.text).toContain(String((report('en').actions as Record<string, string>).none));
  });
});
