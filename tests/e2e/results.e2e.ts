import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/model/csv';
import { downloaded, useBrowser } from './support/browser';

const FIXTURE = join(process.cwd(), 'tests/fixtures/assessment-v1-full.json');
const ID = 'a-veenland-2026-03';
const WIDE = { width: 1280, height: 900 };

/*
 * The fixture's numbers by hand (two participants; team = mean of their element scores; an agreed
 * score replaces the team mean; index, gap and priority come from the score as displayed):
 *   vision-mission-strategy  Marieke 3 3 2 3 . = 11/4 = 2.75, Łukasz 2 . 2 1 2 = 7/4 = 1.75
 *                            team 2.25 -> 2,3 In ontwikkeling, index (2.3 - 1) * 25 = 32.5 -> 33
 *   leadership-commitment    agreed 2.5 -> 2,5 In ontwikkeling, index 37.5 -> 38
 *   service-culture          17/5 = 3.4 and 12/5 = 2.4 -> 2.9 Systematisch, index 47.5 -> 48
 *   employee-engagement      11/4 = 2.75 and 7/4 = 1.75 -> 2.25 -> 2,3, index 33
 *   customer-understanding   agreed 3.5 -> 3,5 Geïntegreerd, index 62.5 -> 63
 *   experience-design        10/4 = 2.5 and 9/5 = 1.8 -> 2.15 -> 2,2, index 1.2 * 25 = 30
 *   service-innovation       7/4 = 1.75 and 3/3 = 1.0 -> 1.375 -> 1,4 Ad hoc, index 0.4 * 25 = 10
 *   processes-structure      18/5 = 3.6 and 12/5 = 2.4 -> 3.0 Systematisch, index 50
 *   monitoring               11/4 = 2.75 and 6/3 = 2.0 -> 2.375 -> 2,4, index 1.4 * 25 = 35;
 *                            target 5, importance 4: gap 5 - 2.4 = 2,6, priority 4 x 2.6 = 10,4
 *   overall (2.25 + 2.5 + 2.9 + 2.25 + 3.5 + 2.15 + 1.375 + 3.0 + 2.375) / 9 = 22.3 / 9
 *           = 2.4778 -> 2,5 In ontwikkeling, index 1.5 * 25 = 37.5 -> 38
 *   priorities: monitoring 10.4, customer-understanding 5 x 1.5 = 7.5,
 *               experience-design 4 x (4 - 2.2) = 7.2, vision 4 x (4 - 2.3) = 6.8, ...
 */

async function openFixture(page: Page): Promise<void> {
  await page.locator('h1').waitFor();
  await page.setInputFiles('input[type="file"]', FIXTURE);
  await page.waitForURL(/#\/a\//);
  await page.evaluate((id) => {
    window.location.hash = `#/a/${id}/results`;
  }, ID);
  await page.locator('.results-page').waitFor();
}

async function cells(page: Page, tableName: string, header: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  return row.locator('th, td').allTextContents();
}

describe('results page', () => {
  const { open } = useBrowser();

  it('shows the hand-computed numbers of an opened file (nl)', async () => {
    const page = await open({ locale: 'nl-NL', viewport: WIDE });
    await openFixture(page);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Resultaten: Nulmeting service excellence 2026');
    await expect
      .poll(() => page.locator('.results-overall__line').textContent())
      .toBe('2,5 · In ontwikkeling · index 38');

    const scores = 'Score, niveau en index per dimensie en element';
    // The lower sections come in a second render pass: wait for them before reading cells.
    await page.getByRole('table', { name: scores }).waitFor();
    await page.getByRole('table', { name: 'Verbeterpunten gerangschikt op prioriteit' }).waitFor();
    expect(await cells(page, scores, 'Visie, missie en strategie')).toEqual([
      'Visie, missie en strategie',
      '2,3',
      'In ontwikkeling',
      '33',
      '',
    ]);
    expect((await cells(page, scores, 'Management van service-innovatie')).slice(1, 4)).toEqual([
      '1,4',
      'Ad hoc',
      '10',
    ]);
    const agreed = await cells(
      page,
      scores,
      'Behoeften, verwachtingen en wensen van klanten begrijpen',
    );
    expect(agreed.slice(1, 4)).toEqual(['3,5', 'Geïntegreerd', '63']);
    expect(agreed[4]).toContain('afgesproken score');

    const areas = page.getByRole('table', { name: 'Verbeterpunten gerangschikt op prioriteit' });
    const first = await areas.getByRole('row').nth(1).locator('th, td').allTextContents();
    expect(first).toEqual([
      '1',
      'Activiteiten en resultaten monitoren',
      '2,4',
      '5',
      '2,6',
      '4',
      '10,4',
    ]);

    // Two participants: the radar gets the min-max band, and agreed scores their own line.
    const radar = page.getByRole('img', {
      name: 'Radar: score per element vergeleken met het doel',
    });
    await expect.poll(() => radar.count()).toBe(1);
    expect(await page.locator('.radar-legend__item').allTextContents()).toEqual([
      'Teamscore',
      'Gebruikte score (afgesproken, anders team)',
      'Doel',
      'Spreiding van de scores van de deelnemers',
    ]);
    expect(await page.locator('.radar__band path').count()).toBeGreaterThan(0);
    // Beside the radar on a wide screen.
    const chart = await page.locator('.results-radar__chart').boundingBox();
    const table = await page.locator('.results-radar__table').boundingBox();
    expect(table!.x).toBeGreaterThan(chart!.x + chart!.width - 1);
  });

  it('updates gap and priority at once when a target changes', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    await openFixture(page);
    const targets = 'Target, importance, gap and priority per element';
    // 1.375 -> 1.4; target 3, importance 2: gap 3 - 1.4 = 1.6, priority 2 x 1.6 = 3.2
    // (the lower sections render in a second pass, so wait for the row)
    await expect
      .poll(async () => (await cells(page, targets, 'Service innovation management')).slice(4))
      .toEqual(['1.6', '3.2']);
    await page
      .getByRole('combobox', { name: 'Target for Service innovation management' })
      .selectOption('5');
    // gap 5 - 1.4 = 3.6, priority 2 x 3.6 = 7.2
    await expect
      .poll(async () => (await cells(page, targets, 'Service innovation management')).slice(4))
      .toEqual(['3.6', '7.2']);
    // The choice is saved: it survives a reload.
    await page.waitForTimeout(400);
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: 'Target for Service innovation management' })
          .inputValue(),
      )
      .toBe('5');
  });

  it('exports the CSV in the assessment language and it parses back to the same numbers', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    await openFixture(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'Veenland Water N.V. - Nulmeting service excellence 2026 - 2026-03-12.csv',
    );
    const text = (await downloaded(download)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, 'nl');
    // One long table (docs/file-format.md): 22 columns, the first says what the row is.
    expect(rows[0]?.slice(0, 7)).toEqual([
      'Tabel',
      'Code',
      'Dimensie',
      'Element',
      'Onderdeel',
      'Waarde',
      'Score',
    ]);
    const empty = (n: number) => Array<string>(n).fill('');
    expect(rows.find((r) => r[0] === 'element' && r[1] === 'monitoring')).toEqual([
      'element',
      'monitoring',
      'Operationele service excellence',
      'Activiteiten en resultaten monitoren',
      ...empty(2),
      '2,4',
      'In ontwikkeling',
      '35',
      '5',
      '2,6',
      '4',
      '10,4',
      ...empty(9),
    ]);
    expect(rows.find((r) => r[0] === 'action' && r[1] === '1')).toEqual([
      'action',
      '1',
      '',
      'Activiteiten en resultaten monitoren',
      'Herhaalmeldingen per wijk meten en maandelijks bespreken in het MT.',
      ...empty(13),
      'Marieke Jansen',
      '2026-06-30',
      'Bezig',
      'Hoog',
    ]);
  });

  it('refuses an impossible due date typed into the date field', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    await openFixture(page);
    const form = page.getByRole('form', { name: 'Add an action' });
    await form.getByRole('textbox', { name: /^Action/ }).fill('Start a customer panel');
    const due = form.getByLabel('Due date (optional)');
    await due.click();
    // Headless Chromium's date field reads month, day, year (its UI language is en-US).
    await page.keyboard.type('02302026');
    // The browser keeps 30 February out of the value and says the input is bad.
    expect(await due.evaluate((el: HTMLInputElement) => [el.value, el.validity.badInput])).toEqual([
      '',
      true,
    ]);
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => form.getByText(/This date does not exist/).count()).toBe(1);
    expect(
      await page.getByRole('table', { name: 'The action plan' }).getByRole('row').count(),
    ).toBe(4);
  });

  it('keeps the demo read-only and offers a copy', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE });
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.locator('.results-page').waitFor();
    // The PDF button's language choice is no edit; everything else that could edit is gone.
    const editable = page.locator(
      '.results-page :is(select, input, textarea):not(.results__pdf-slot *)',
    );
    expect(await editable.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add as action' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Make a copy to edit' }).click();
    await expect.poll(() => editable.count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/#\/a\/a-[^/]+\/results$/);
  });
});
