import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { expectNoAxeViolations } from './support/axe';

const v2 = JSON.parse(readFileSync('tests/fixtures/assessment-v2-full.json', 'utf8')) as {
  id: string;
  meta: { title: string };
};
const fileOf = (data: unknown) => ({ app: 'se-radar', kind: 'assessment', data });
const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

async function create(page: Page, kind: 'quick' | 'full', title: string, organisation: string) {
  await page.evaluate((k) => (location.hash = `#/new/${k}`), kind);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForURL(/#\/a\//);
}

const titles = (page: Page) => page.locator('.assessment-list__title').allTextContents();

describe('the library', () => {
  const { open } = useBrowser();

  it('finds, sorts, edits, duplicates, deletes with undo, and opens several files at once', async () => {
    const page = await open({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await page.locator('h1').waitFor();
    await create(page, 'full', 'Baseline', 'Zeta Care');
    await create(page, 'quick', 'Annual check', 'Alpha Housing');
    await page.evaluate(() => (location.hash = '#/'));
    await expect.poll(() => titles(page)).toHaveLength(2);

    await page.getByLabel('Search by title or organisation').fill('alpha');
    await expect.poll(() => titles(page)).toEqual(['Annual check']);
    expect(await page.getByText('1 of 2 assessments shown').count()).toBe(1);
    await page.getByLabel('Search by title or organisation').fill('');
    await page.getByLabel('Sort by').selectOption({ label: 'Organisation, A to Z' });
    await expect.poll(() => titles(page)).toEqual(['Annual check', 'Baseline']);
    await page.getByLabel('Sort by').selectOption({ label: 'Title, A to Z' });
    await expect.poll(() => titles(page)).toEqual(['Annual check', 'Baseline']);
    await expectNoAxeViolations(page, 'library en');

    // Edit details: the corrected title is what the list shows and finds.
    await page.getByRole('link', { name: 'Edit details Baseline' }).click();
    await page.getByRole('heading', { name: 'Edit details' }).waitFor();
    await expectNoAxeViolations(page, 'details en');
    await page.getByLabel('Title').fill('Baseline 2026');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByLabel('Search by title or organisation').fill('2026');
    await expect.poll(() => titles(page)).toEqual(['Baseline 2026']);
    await page.getByLabel('Search by title or organisation').fill('');

    await page.getByRole('button', { name: 'Duplicate Annual check' }).click();
    await expect.poll(() => titles(page)).toContain('Annual check (copy)');

    await page.getByRole('button', { name: 'Delete Annual check (copy)' }).click();
    await expect.poll(() => titles(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(page)).toContain('Annual check (copy)');

    // Three files at once: a new one, the same id changed (keep both), and a bad backup entry.
    const renamed = { ...v2, meta: { ...v2.meta, title: 'Changed elsewhere' } };
    const backup = {
      app: 'se-radar',
      kind: 'backup',
      assessments: [fileOf({ ...v2, id: 'a-other', meta: { ...v2.meta, date: '2026-02-30' } })],
    };
    await page
      .locator('input[type=file]')
      .setInputFiles([
        json('veenland.json', fileOf(v2)),
        json('veenland-changed.json', fileOf(renamed)),
        json('backup.json', backup),
      ]);
    const dialog = page.getByRole('dialog', { name: 'This assessment is already here' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    const report = page.locator('.open-file__report');
    await expect
      .poll(() => report.locator('.open-report__heading').textContent())
      .toBe('Opened: 2 added, 1 refused');
    expect(await report.textContent()).toContain(
      `“${v2.meta.title}” was not opened: This is not a valid date. (at Date)`,
    );
    await expect.poll(() => titles(page)).toContain('Changed elsewhere (copy)');
    expect(await titles(page)).toContain(v2.meta.title);

    // Everything survives a reload.
    await page.reload();
    await expect.poll(() => titles(page)).toHaveLength(5);
  });

  it('says so, in Dutch, when the code that opens files cannot be fetched, and changes nothing', async () => {
    const first = await open({ locale: 'nl-NL', serviceWorkers: 'block' });
    // Offline on a first visit, before the service worker cached the app whole (and before the
    // chunk was prefetched: the route is set before the page loads).
    const page = await first.context().newPage();
    await page.route(/\/assets\/open-files-[^/]+\.js$/, (route) => route.abort());
    await page.goto(first.url());
    await page.locator('h1').waitFor();
    await page.locator('input[type=file]').setInputFiles([json('veenland.json', fileOf(v2))]);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Het onderdeel van SE Radar dat bestanden opent, kon niet worden geladen. Controleer de verbinding en probeer het opnieuw; er is niets veranderd.',
      );
    expect(await titles(page)).toEqual([]);
  });
});
