import axe from 'axe-core';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Axe = typeof axe;

/**
 * axe's WCAG 2.2 A and AA rules on the page as it is, as readable lines (none: no violations).
 * axe-core is put into the page once per document and run there directly: @axe-core/playwright
 * injected its 1.5 MB source again on every check and finished each run in a new blank page,
 * which made a check of a small screen take 0.7 s instead of 0.1 s (a results page 3 s instead of
 * 0.4 s). The app has no iframes, the one thing that wrapper added.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: Axe };
    const results = await inPage.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, TAGS);
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}`,
  );
}

/**
 * Runs axe once the page's main heading is visible (so translations have loaded and the screen
 * is the real one, not the loading fallback) and fails with a readable list of violations.
 */
export async function expectNoAxeViolations(page: Page, what = 'page'): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
}
