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

/**
 * A tab that misses the others' announcements while `deaf` is set (a tab asleep in the background):
 * its next write is the first it learns of their commits, so the revision check has to catch it.
 */
async function deafTab(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as { deaf?: boolean };
    const add = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function (
      this: BroadcastChannel,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      const wrapped = (event: Event) => {
        if (w.deaf) return;
        if (typeof listener === 'function') listener.call(this, event);
        else listener.handleEvent(event);
      };
      add.call(this, type, wrapped, options);
    } as typeof BroadcastChannel.prototype.addEventListener;
  });
}

/** Puts rows into the app's own database as they might be found there (hand-made, damaged). */
async function putRows(page: Page, rows: unknown[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('se-radar');
        req.onsuccess = () => {
          const tx = req.result.transaction('assessments', 'readwrite');
          for (const row of list) {
            const r = row as { bigint?: boolean; cyclic?: boolean; body: unknown };
            if (r.bigint) r.body = { n: BigInt(7) };
            if (r.cyclic) {
              const loop: Record<string, unknown> = {};
              loop.self = loop;
              r.body = loop;
            }
            tx.objectStore('assessments').put(row);
          }
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/** Waits until the database holds a row in `store` whose JSON contains `text` (a commit landed). */
async function committed(page: Page, store: string, text: string) {
  await expect
    .poll(() =>
      page.evaluate(
        ({ store, text }) =>
          new Promise<boolean>((resolve) => {
            const req = indexedDB.open('se-radar');
            req.onsuccess = () => {
              const all = req.result.transaction(store).objectStore(store).getAll();
              all.onsuccess = () => {
                req.result.close();
                resolve(all.result.some((row) => JSON.stringify(row).includes(text)));
              };
            };
          }),
        { store, text },
      ),
    )
    .toBe(true);
}

async function newFull(page: Page, organisation: string) {
  await page.evaluate(() => (location.hash = '#/new/full'));
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('fieldset').first().waitFor();
}

const radio = (page: Page, statement: number, name: string) =>
  page.locator('fieldset').nth(statement).getByRole('radio', { name });

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

  it('two tabs change the same answer: the later commit wins and the other tab says so', async () => {
    const a = await open({ locale: 'en-GB' });
    await deafTab(a);
    await newFull(a, 'Same Field BV');
    const b = await a.context().newPage();
    await b.goto(a.url());
    await b.locator('fieldset').first().waitFor();
    await b.evaluate(() => ((window as unknown as { deaf: boolean }).deaf = true));
    await radio(a, 0, '4 Integrated').check();
    await committed(a, 'responses', '\\":4}');
    // B never heard of A's answer: it still shows the statement open, and answers it otherwise.
    expect(await radio(b, 0, '4 Integrated').isChecked()).toBe(false);
    await radio(b, 0, '2 Developing').check();
    await b.evaluate(() => ((window as unknown as { deaf: boolean }).deaf = false));
    // A is told, and shows B's answer; both survive a reload as B's.
    await a
      .getByText('Another tab changed “Service excellence self-assessment', { exact: false })
      .waitFor();
    await expect.poll(() => radio(a, 0, '2 Developing').isChecked()).toBe(true);
    await a.reload();
    await a.locator('fieldset').first().waitFor();
    expect(await radio(a, 0, '2 Developing').isChecked()).toBe(true);
  });

  it('a delete wins over a stale tab: its edit is refused with a message, and the assessment stays gone', async () => {
    const a = await open({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await deafTab(a);
    await newFull(a, 'Gone BV');
    const b = await a.context().newPage();
    await b.goto(a.url());
    await b.locator('fieldset').first().waitFor();
    await b.evaluate(() => ((window as unknown as { deaf: boolean }).deaf = true));
    await a.evaluate(() => (location.hash = '#/'));
    await a.getByRole('button', { name: /^Delete / }).click();
    await expect.poll(() => a.locator('.assessment-list__title').count()).toBe(0);
    await committed(a, 'assessments', '"deleted":true');
    await radio(b, 1, '3 Systematic').check();
    await b.getByText('was removed in another tab or window', { exact: false }).waitFor();
    await a.reload();
    await a.locator('h1').waitFor();
    await a.waitForTimeout(300);
    expect(await a.locator('.assessment-list__title').count()).toBe(0);
  });

  it('at start-up, rows that are not JSON or cannot be cloned are listed as unreadable and the others show', async () => {
    const page = await open({ locale: 'en-GB' });
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/assessment-v1-full.json');
    await page.locator('fieldset').first().waitFor();
    const rev = { n: 1, writer: 'by-hand' };
    await putRows(page, [
      { id: 'not-json', rev, deleted: false, body: '{"schemaVersion": 2, "id": "not-js' },
      { id: 'a-bigint', rev, deleted: false, bigint: true, body: null },
      { id: 'a-cycle', rev, deleted: false, cyclic: true, body: null },
    ]);
    await page.goto(page.url().split('#')[0] + '#/');
    await page.reload();
    await expect
      .poll(() => page.locator('.assessment-list__title').allTextContents())
      .toEqual([v1Title]);
    await page.getByText('3 saved assessments could not be read.', { exact: false }).waitFor();
    for (const id of ['not-json', 'a-bigint', 'a-cycle']) {
      expect(await page.getByText(id, { exact: false }).count()).toBeGreaterThan(0);
    }
  });

  it('a file with the id of an unreadable record asks first; cancel leaves that record as it was', async () => {
    const page = await open({ locale: 'en-GB' });
    // One assessment of the user's own, so the app's database is there.
    await newFull(page, 'Own Work BV');
    await page.evaluate(() => (location.hash = '#/'));
    const id = (JSON.parse(v1) as { id: string }).id;
    const damaged = '{"schemaVersion": 2, "id": "' + id + '", "broken';
    await putRows(page, [{ id, rev: { n: 1, writer: 'by-hand' }, deleted: false, body: damaged }]);
    await page.reload();
    await page.getByText('One saved assessment could not be read.', { exact: false }).waitFor();
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/assessment-v1-full.json');
    const dialog = page.getByRole('dialog', { name: 'This assessment is already here' });
    await dialog.getByText('This browser holds an unreadable record', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.getByText('One saved assessment could not be read.', { exact: false }).waitFor();
    const body = await page.evaluate(
      (key) =>
        new Promise<unknown>((resolve) => {
          const req = indexedDB.open('se-radar');
          req.onsuccess = () => {
            const get = req.result.transaction('assessments').objectStore('assessments').get(key);
            get.onsuccess = () => (
              req.result.close(),
              resolve((get.result as { body: unknown }).body)
            );
          };
        }),
      id,
    );
    expect(body).toBe(damaged);
    expect(await page.locator('.assessment-list__title').count()).toBe(1);
  });
});
