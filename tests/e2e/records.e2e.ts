import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';

const v1 = readFileSync('tests/fixtures/assessment-v1-full.json', 'utf8');
const v1Title = (JSON.parse(v1) as { meta: { title: string } }).meta.title;

/** Writes schema 1's two idb-keyval databases, as the app before 2026-12-01 left them. */
async function seedSchema1(page: Page) {
  await page.evaluate(
    async ({ text }) => {
      const put = (name: string, store: string, key: string, value: unknown) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open(name, 1);
          req.onupgradeneeded = () => req.result.createObjectStore(store);
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(store, 'readwrite');
            tx.objectStore(store).put(value, key);
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        });
      await put('se-radar-assessments', 'assessments', 'a-v1', text);
      await put('se-radar-assessments', 'assessments', 'broken', '{"schemaVersion": 1, "id"');
      await put(
        'se-radar-settings',
        'settings',
        'branding',
        JSON.stringify({
          app: 'se-radar',
          kind: 'branding',
          data: {
            schemaVersion: 1,
            consultantName: 'Sanne de Boer',
            company: 'De Boer Klantadvies',
            logo: null,
            accentColor: '#1d4ed8',
          },
        }),
      );
    },
    { text: v1 },
  );
}

describe('records in the browser', () => {
  const { open } = useBrowser();

  it('the upgrade from schema 1 keeps the assessment, lists the unreadable record and keeps the branding', async () => {
    // A page on the origin that has not started the app yet: the "before" browser.
    const page = await open({ locale: 'en-GB', path: 'favicon.svg' });
    await seedSchema1(page);
    await page.goto(page.url().replace(/favicon\.svg$/, '#/'));
    await expect
      .poll(() => page.locator('.assessment-list__title').allTextContents())
      .toContain(v1Title);
    await expect.poll(() => page.getByText('could not be read').count()).toBeGreaterThan(0);
    await page.goto(page.url().split('#')[0] + '#/settings');
    await expect.poll(() => page.getByLabel('Company').inputValue()).toBe('De Boer Klantadvies');
    const names = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name).sort(),
    );
    expect(names).toEqual(['se-radar']);
  });

  it('at start-up, a record of a newer version is listed as unreadable and the others show', async () => {
    const page = await open({ locale: 'en-GB' });
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/assessment-v1-full.json');
    await page.locator('fieldset').first().waitFor();
    // A record as a later version of SE Radar would leave it, beside the one just opened.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('se-radar');
          req.onsuccess = () => {
            const tx = req.result.transaction('assessments', 'readwrite');
            tx.objectStore('assessments').put({
              id: 'from-the-future',
              rev: { n: 1, writer: 'later-version' },
              deleted: false,
              body: JSON.stringify({ schemaVersion: 99, id: 'from-the-future' }),
            });
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto(page.url().split('#')[0] + '#/');
    await page.reload();
    await expect
      .poll(() => page.locator('.assessment-list__title').allTextContents())
      .toEqual([v1Title]);
    await page.getByText('made by a newer version of SE Radar (file format version 99)').waitFor();
    expect(await page.getByText('from-the-future').count()).toBe(1);
  });

  it('opens 100 files at once: all added, listed and kept', async () => {
    const original = JSON.parse(v1) as { id: string; meta: { title: string } };
    const dir = mkdtempSync(join(tmpdir(), 'se-radar-100-files-'));
    const paths = Array.from({ length: 100 }, (_, i) => {
      const path = join(dir, `assessment-${i + 1}.json`);
      writeFileSync(
        path,
        JSON.stringify({
          ...original,
          id: `file-${i + 1}`,
          meta: { ...original.meta, title: `File ${i + 1}` },
        }),
      );
      return path;
    });
    const page = await open({ locale: 'en-GB' });
    await page.locator('input[type=file]').setInputFiles(paths);
    await page.getByText('Opened: 100 added, 0 refused').waitFor({ timeout: 20000 });
    // The list shows its first 50 cards, and the others on one click.
    await page.getByText('50 of 100 assessments shown').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Show the other 50 assessments' }).click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(100);
    const titles = await page.locator('.assessment-list__title').allTextContents();
    expect(new Set(titles).size).toBe(100);
  });

  it('two tabs answer different statements: after a reload both answers are there', async () => {
    const a = await open({ locale: 'en-GB', path: '#/new/full' });
    await a.getByLabel('Organisation').fill('Two Tabs BV');
    await a.getByRole('button', { name: 'Start', exact: true }).click();
    await a.locator('fieldset').first().waitFor();
    const url = a.url();
    const b = await a.context().newPage();
    await b.goto(url);
    await b.locator('fieldset').first().waitFor();
    await a.locator('fieldset').nth(0).getByRole('radio', { name: '4 Integrated' }).check();
    await b.locator('fieldset').nth(1).getByRole('radio', { name: '2 Developing' }).check();
    // Each tab shows the other's answer without a reload.
    await expect
      .poll(() =>
        a.locator('fieldset').nth(1).getByRole('radio', { name: '2 Developing' }).isChecked(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        b.locator('fieldset').nth(0).getByRole('radio', { name: '4 Integrated' }).isChecked(),
      )
      .toBe(true);
    await a.reload();
    await a.locator('fieldset').first().waitFor();
    expect(
      await a.locator('fieldset').nth(0).getByRole('radio', { name: '4 Integrated' }).isChecked(),
    ).toBe(true);
    expect(
      await a.locator('fieldset').nth(1).getByRole('radio', { name: '2 Developing' }).isChecked(),
    ).toBe(true);
  });
});
