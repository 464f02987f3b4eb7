import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkshopDemo } from '../../src/model/demo-workshop';
import { createTestI18n } from '../support/i18n';
import { removeTempDir, renderToFile } from './support';

afterAll(removeTempDir);

/**
 * The workshop demo's team section in the PDF: nine participants, three groups of three. Leadership
 * commitment is agreed at 2.5 with a reason; the rest stays at the team score.
 */
async function workshopPdf(lng: 'nl' | 'en') {
  const i18n = await createTestI18n(lng);
  await i18n.loadNamespaces('demo');
  const t = i18n.getFixedT(lng, 'demo');
  const demo = buildWorkshopDemo((key) => t(key as never), lng, '2026-03-15');
  const reason =
    lng === 'nl'
      ? 'De werkvloer ziet het plan te weinig.'
      : 'The front line sees too little of the plan.';
  const a = {
    ...demo,
    elements: {
      ...demo.elements,
      'leadership-commitment': {
        ...demo.elements['leadership-commitment'],
        agreedScore: 2.5,
        agreedReason: reason,
      },
    },
  };
  return { pdf: await renderToFile(`workshop-${lng}`, a, lng), reason };
}

describe('the workshop report PDF', () => {
  it.each([
    ['en', 'Team and groups', 'Spread per element', 'The groups on the radar', 'Management'],
    [
      'nl',
      'Team en groepen',
      'Spreiding per element',
      'De groepen in het radardiagram',
      'Management',
    ],
  ] as const)(
    'prints the team section, the dot plot and the groups radar (%s)',
    async (lng, title, spread, radar, group) => {
      const { pdf, reason } = await workshopPdf(lng);
      const page = pdf.pageTexts.findIndex((p) => p.includes(title));
      expect(page).toBeGreaterThan(0);
      // The agreed score's reason sits in the team table; the dot plot follows it.
      expect(pdf.pageTexts[page]).toContain(reason);
      const plot = pdf.pageTexts.findIndex((p) => p.includes(spread));
      expect(plot).toBeGreaterThanOrEqual(page);
      // It says what a dot is: one participant, unnamed.
      expect(pdf.pageTexts[plot]).toMatch(
        /one participant's score on the element, unnamed|de score van één deelnemer op het element, zonder naam/,
      );
      const radarPage = pdf.pageTexts.findIndex((p) => p.includes(radar));
      expect(radarPage).toBeGreaterThanOrEqual(page);
      // The radar's legend names the groups.
      expect(pdf.pageTexts[radarPage]).toContain(group);
    },
  );

  /**
   * Management against the front line, by hand from GROUP_ANSWERS (demo-workshop.ts): leadership
   * 3.7 - 2.0 = +1.7, understanding 2.8 - 1.4 = +1.4 (both flagged, 1.0 or more), processes
   * 3.7 - 2.8 = +0.9, vision 3.0 - 2.3 = +0.7, engagement 2.7 - 2.0 = +0.7 (a tie keeps the model's
   * order), monitoring 2.6 - 2.0 = +0.6, culture 2.6 - 2.4 = +0.2, innovation 1.3 - 1.2 = +0.1,
   * design 2.2 - 2.2 = 0.0. The chart prints one row per element, name then gap then the flag in
   * words, largest first; the table after it has the scores between name and gap.
   */
  it.each([
    [
      'en',
      'Management against Customer-facing staff',
      'large gap',
      [
        ['Leadership and management commitment', '+1.7', true],
        ['Understanding customer needs, expectations and desires', '+1.4', true],
        ['Managing customer-experience processes and organisational structure', '+0.9', false],
        ['Service excellence vision, mission and strategy', '+0.7', false],
        ['Employee engagement', '+0.7', false],
        ['Monitoring service excellence activities and results', '+0.6', false],
        ['Service excellence culture', '+0.2', false],
        ['Service innovation management', '+0.1', false],
        ['Designing and renewing outstanding customer experiences', '0.0', false],
      ],
    ],
    [
      'nl',
      'Management tegenover Medewerkers aan de frontlijn',
      'grote kloof',
      [
        ['Betrokkenheid van directie en management', '+1,7', true],
        ['Behoeften, verwachtingen en wensen van klanten begrijpen', '+1,4', true],
        ['Processen en organisatiestructuur rond de klantbeleving', '+0,9', false],
        ['Visie, missie en strategie', '+0,7', false],
        ['Betrokkenheid en bezieling van medewerkers', '+0,7', false],
        ['Activiteiten en resultaten monitoren', '+0,6', false],
        ['Cultuur van service excellence', '+0,2', false],
        ['Management van service-innovatie', '+0,1', false],
        ['Een uitzonderlijke klantbeleving ontwerpen en vernieuwen', '0,0', false],
      ],
    ],
  ] as const)(
    'draws the perception gaps as a chart, largest first, flagged in words (%s)',
    async (_lng, pair, flag, rows) => {
      const { pdf } = await workshopPdf(_lng);
      const page = pdf.pageTexts.find((p) => p.includes(pair));
      expect(page).toBeDefined();
      const chart = rows
        .map(([name, gap, flagged]) => `${name} ${gap}${flagged ? ` ${flag}` : ''}`)
        .join(' ');
      expect(page).toContain(chart);
      // Its legend names both groups beside their marks.
      expect(page).toContain(`${pair} ${pair.split(/ against | tegenover /).join(' ')}`);
    },
  );
});
