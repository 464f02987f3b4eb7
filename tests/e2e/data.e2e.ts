import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloaded, useBrowser } from './support/browser';
import { expectNoAxeViolations } from './support/axe';

const fixture = readFileSync('tests/fixtures/assessment-v1-full.json', 'utf8');
const fixtureTitle = (JSON.parse(fixture) as { meta: { title: string } }).meta.title;

async function openFile(page: Page, name: string, text: string) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function newFull(page: Page, organisation: string) {
  await page.goto(page.url().split('#')[0] + '#/new/full');
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('fieldset').first().waitFor();
}

describe('keeping and moving data', () => {
  const { open } = useBrowser();

  it('the new-assessment form says what is missing, in Dutch, and creates nothing', async () => {
    const page = await open({ locale: 'nl-NL', path: '#/new/full' });
    await page.getByLabel('Titel').fill('');
    await page.getByRole('button', { name: 'Starten' }).click();
    await expect
      .poll(() => page.locator('.field__error').allTextContents())
      .toEqual(['⚠ Dit veld is verplicht.'.replace('⚠ ', ''), 'Dit veld is verplicht.']);
    expect(page.url()).toContain('#/new/full');
    await expectNoAxeViolations(page, 'new form with errors');
  });

  it('a bad file gets a clear message and changes nothing; a good file opens beside the others', async () => {
    const page = await open({ locale: 'en-GB' });
    await newFull(page, 'Existing BV');
    await page.goto(page.url().split('#')[0] + '#/');
    await page.locator('.assessment-list__item').first().waitFor();

    await openFile(page, 'broken.json', fixture.slice(0, 200));
    const report = page.locator('.open-file__report');
    await expect
      .poll(() => report.textContent())
      .toContain('The file was not opened: This file cannot be read: it is not valid JSON.');
    expect(await report.textContent()).toContain('What was not opened has changed nothing');
    expect(await page.locator('.assessment-list__item').count()).toBe(1);

    const newer = JSON.stringify({ ...JSON.parse(fixture), schemaVersion: 7 });
    await openFile(page, 'newer.json', newer);
    await expect.poll(() => report.textContent()).toContain('newer version');
    expect(await page.locator('.assessment-list__item').count()).toBe(1);

    await openFile(page, 'good.json', fixture);
    await page.locator('fieldset').first().waitFor();
    await page.goto(page.url().split('#')[0] + '#/');
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(2);
    expect(await page.locator('.assessment-list__title').allTextContents()).toContain(fixtureTitle);
  });

  it('save to file and open again gives the same assessment', async () => {
    const page = await open({ locale: 'en-GB' });
    await openFile(page, 'good.json', fixture);
    await page.locator('fieldset').first().waitFor();
    await page.goto(page.url().split('#')[0] + '#/');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Save to file ${fixtureTitle}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const saved = JSON.parse((await downloaded(file)).toString('utf8')) as { data?: unknown };
    // Opened as schema 1, saved as schema 2: the v2 fixture is the same assessment written by hand.
    const original = JSON.parse(
      readFileSync('tests/fixtures/assessment-v2-full.json', 'utf8'),
    ) as Record<string, unknown>;
    const data = (saved.data ?? saved) as Record<string, unknown>;
    expect(data.answers).toEqual(original.answers);
    expect(data.actions).toEqual(original.actions);
    expect(data.elements).toEqual(original.elements);
  });

  it('saves all assessments to one file, and that backup brings them all back', async () => {
    const page = await open({ locale: 'en-GB' });
    await newFull(page, 'First BV');
    await newFull(page, 'Second BV');
    await page.goto(page.url().split('#')[0] + '#/');
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save all 2 assessments to one file' }).click();
    const backup = (await downloaded(await download)).toString('utf8');

    await page.getByRole('button', { name: 'Remove all my data from this browser' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove everything' }).click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(0);

    await openFile(page, 'backup.json', backup);
    await expect
      .poll(() => page.locator('.open-report__heading').textContent())
      .toBe('Opened: 2 added, 0 refused');
    const organisations = await page.locator('.assessment-list__meta').allTextContents();
    expect(organisations.map((m) => m.split(' · ')[0]).sort()).toEqual(['First BV', 'Second BV']);
  });

  it('deleting can be undone, and removing all data empties the browser', async () => {
    const page = await open({ locale: 'en-GB' });
    await newFull(page, 'One');
    await newFull(page, 'Two');
    await page.goto(page.url().split('#')[0] + '#/');
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(2);

    await page
      .locator('.assessment-list__item')
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(2);
    await page
      .locator('.assessment-list__item')
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(1);

    await page.getByRole('button', { name: 'Remove all my data from this browser' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove everything' }).click();
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(0);
    await page.reload();
    // The start page shows at once (prerendered); its list comes once storage is read.
    await page.getByText('No assessments in this browser yet.').waitFor();
    expect(await page.locator('.assessment-list__item').count()).toBe(0);
    expect(await page.getByText('No assessments in this browser yet.').count()).toBe(1);
  });

  it('when the browser refuses to store, the work stays on screen and the user is told', async () => {
    const page = await open({ locale: 'en-GB' });
    await newFull(page, 'Quota BV');
    // The browser refuses every further write as a full disk does. (Chromium's
    // Storage.overrideQuotaForOrigin no longer refuses a small IndexedDB write reliably, so the
    // refusal is made where the browser would raise it.)
    await page.evaluate(() => {
      const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
      w.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const notes = page.getByLabel('Notes and evidence');
    await notes.fill('A long note that does not fit any more. '.repeat(20).trim());
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 5000 })
      .toContain('run out of storage space');
    expect(await notes.inputValue()).toContain('A long note that does not fit any more.');
    // Where the user is working: in view while the cursor is still in the notes field.
    const bar = page.locator('.storage-bar');
    const box = await bar.boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
    expect(await notes.evaluate((el) => el === document.activeElement)).toBe(true);
    // Another edit that fails too: the bar stays.
    await notes.press('Control+End');
    await notes.pressSequentially(' More.');
    await page.waitForTimeout(600);
    expect(await bar.count()).toBe(1);
    // On a 375 x 667 phone the bar is one short line and one row of buttons: at most a fifth of
    // the screen (133 px; the full explanation took 200 to 250 px), with "Save to file" in view.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 667 });
    await expect
      .poll(async () => (await bar.boundingBox())?.height ?? 999)
      .toBeLessThanOrEqual(133);
    const phoneBox = await bar.boundingBox();
    expect(phoneBox && phoneBox.y >= 0 && phoneBox.y + phoneBox.height <= 667).toBe(true);
    const saveButton = bar.getByRole('button', { name: 'Save to file' });
    expect(await saveButton.isVisible()).toBe(true);
    const saveBox = await saveButton.boundingBox();
    expect(saveBox && saveBox.x >= 0 && saveBox.x + saveBox.width <= 375).toBe(true);
    expect(
      await bar.getByText('Browser storage is full: latest changes not saved.').isVisible(),
    ).toBe(true);
    const explanation = bar.getByText(/run out of storage space/);
    expect(await explanation.isVisible()).toBe(false);
    // "Why?" unfolds the explanation and "Try again".
    const why = bar.getByRole('button', { name: 'Why?' });
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    expect(await explanation.isVisible()).toBe(true);
    expect(await bar.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the storage bar on a phone');
    if (wide) await page.setViewportSize(wide);
    // The way out is offered at once: the file holds the note the browser would not keep.
    const download = page.waitForEvent('download');
    await page.getByRole('alert').getByRole('button', { name: 'Save to file' }).click();
    const saved = (await downloaded(await download)).toString('utf8');
    expect(saved).toContain('A long note that does not fit any more. More.');
    // Space is freed: the next write goes through and the bar goes.
    await page.evaluate(() => {
      const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
      IDBObjectStore.prototype.put = w.realPut;
    });
    await notes.pressSequentially(' Saved.');
    await expect.poll(() => bar.count(), { timeout: 5000 }).toBe(0);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Notes and evidence').inputValue())
      .toContain('More. Saved.');
  });

  it('a link to an assessment that does not exist shows a clear page, not a blank screen', async () => {
    const page = await open({ locale: 'nl-NL', path: '#/a/does-not-exist/results' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    await expectNoAxeViolations(page, 'not found');
  });
});
