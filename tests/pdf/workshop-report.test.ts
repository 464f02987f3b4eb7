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
});
