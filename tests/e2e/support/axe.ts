import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe once the page's main heading is visible (so translations have loaded and the screen
 * is the real one, not the loading fallback) and fails with a readable list of violations.
 */
export async function expectNoAxeViolations(page: Page, what = 'page'): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
