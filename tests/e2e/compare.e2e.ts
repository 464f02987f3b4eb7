import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';

/*
 * A quick check with Vision, mission and strategy at level 3, then its reassessment at level 4:
 * the change is 4.0 - 3.0 = +1.0 on that element and, with only that element scored in both,
 * +1.0 overall.
 */
async function quickCheck(page: Page, level: string): Promise<string> {
  await page.getByRole('radio', { name: level }).first().check();
  const id = /#\/a\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No assessment id in ${page.url()}`);
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).first().waitFor();
  await page.evaluate((x) => (window.location.hash = `#/a/${x}/results`), id);
  await page.locator('.results-page').waitFor();
  return id;
}

async function cells(page: Page, table: string, header: RegExp): Promise<string[]> {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header }) })
    .locator('th, td')
    .allTextContents();
}

describe('reassess and compare in the browser', () => {
  const { open } = useBrowser();

  it('reassesses, shows the change and the previous line, and compares the two', async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await page.getByRole('link', { name: 'Start a quick check' }).click();
    await page.getByLabel('Organisation').fill('Woonstad Noord');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const first = await quickCheck(page, 'Level 3: Systematic');

    await page.getByRole('button', { name: 'Reassess' }).click();
    await page.waitForURL((url) => !url.hash.includes(first));
    const second = await quickCheck(page, 'Level 4: Integrated');
    expect(second).not.toBe(first);

    // The change since then, from the scores as shown, and the previous scores drawn and listed.
    await page
      .getByText('Overall change +1.0, over the 1 element scored in both assessments.')
      .waitFor();
    expect(
      await cells(
        page,
        'Change per element since the previous assessment',
        /^Service excellence vision/,
      ),
    ).toEqual(['Service excellence vision, mission and strategy', '3.0', '4.0', '+1.0']);
    expect(await page.locator('.radar__series--previous path').count()).toBeGreaterThan(0);
    expect(await page.locator('.radar-legend__item').allTextContents()).toContain(
      `Previous assessment (${await page.locator('.results-header__meta dd').nth(1).textContent()})`,
    );
    expect((await cells(page, 'The radar in numbers', /^Vision/)).slice(0, 3)).toEqual([
      'Vision & strategy',
      '3.0',
      '4.0',
    ]);
    await expectNoAxeViolations(page, 'results of a reassessment (en)');

    // Compare with the first: the earlier one comes first.
    await page.getByLabel('Compare with').selectOption(first);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(new RegExp(`#/compare/${first}/${second}$`));
    await page.getByRole('heading', { level: 1, name: 'Compare two assessments' }).waitFor();
    const table = 'Scores of A and B and the change from A to B';
    expect(await cells(page, table, /^Overall/)).toEqual([
      'Overall (over 1 element scored in both)',
      '3.0',
      '4.0',
      '+1.0',
    ]);
    expect(await page.locator('.radar__series--previous path').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'compare page (en)');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Twee beoordelingen vergelijken' }).waitFor();
    expect(
      await cells(page, 'Scores van A en B en de verandering van A naar B', /^Totaal/),
    ).toEqual(['Totaal (over 1 element met een score in beide)', '3,0', '4,0', '+1,0']);
    await expectNoAxeViolations(page, 'compare page (nl)');
  });
});
