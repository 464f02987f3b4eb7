import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, useBrowser } from './support/browser';
import { ELEMENT_IDS } from '../../src/model/framework';

type Lng = 'en' | 'nl';
const DESKTOP = { width: 1280, height: 900 } as const;
const ELEMENTS = ELEMENT_IDS;
/**
 * Statements per element in the second edition, which new assessments answer, counted by hand
 * from public/locales/en/framework.json: vms 6, lc 6, sc 5, ee 6, cu 5, ed 6, si 6, ps 6, mo 5.
 */
const EDITION_2_COUNTS = [6, 6, 5, 6, 5, 6, 6, 6, 5];

function locale(lng: Lng, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`public/locales/${lng}/${ns}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

/** A text from the real translation files, by dotted key. */
function text(lng: Lng, ns: string, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], locale(lng, ns));
  if (typeof value !== 'string') throw new Error(`No text ${lng}/${ns}:${key}`);
  return value;
}

const elementName = (lng: Lng, id: string) => text(lng, 'framework', `elements.${id}.name`);

/** Creates an assessment the way a user does: start page, the kind's button, the form. */
async function createThroughStartPage(
  page: Page,
  lng: Lng,
  kind: 'quick' | 'full',
): Promise<string> {
  await page.getByRole('link', { name: text(lng, 'common', `start.${kind}.action`) }).click();
  await page.getByLabel(text(lng, 'common', 'new.fields.organisation')).fill('Woonstad Noord');
  await page.getByRole('button', { name: text(lng, 'common', 'new.submit') }).click();
  await page.locator('h1', { hasText: elementName(lng, ELEMENTS[0]) }).waitFor();
  const id = /#\/a\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No assessment id in ${page.url()}`);
  return id;
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    if (el instanceof HTMLInputElement) return `input:${el.type}:${el.value}`;
    return `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
  });
}

/** Presses Tab until focus is on something matching `target`; fails after `max` presses. */
async function tabTo(page: Page, target: RegExp, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (target.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${target} (last: ${await focused(page)})`);
}

async function waitSaved(page: Page, lng: Lng): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: text(lng, 'common', 'storage.saved') })
    .waitFor();
}

describe('assessment walkthrough in the browser', () => {
  const { open } = useBrowser();

  it('does a Dutch quick check by keyboard alone, and a reload halfway loses nothing', async () => {
    const lng = 'nl';
    const page = await open({ locale: 'nl-NL', viewport: DESKTOP });
    await page.locator('h1').waitFor();
    // Start page -> form, by keyboard.
    await tabTo(page, new RegExp(`^a:${text(lng, 'common', 'start.quick.action')}$`));
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: text(lng, 'common', 'new.titleQuick') }).waitFor();
    await tabTo(page, /^input:text:$/); // the first empty field: the organisation
    await page.keyboard.type('Woonstad Noord');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: elementName(lng, ELEMENTS[0]) }).waitFor();
    const id = /#\/a\/([^/]+)/.exec(page.url())![1]!;
    expect(page.url()).toContain(`#/a/${id}/${ELEMENTS[0]}`);

    const nextLabel = text(lng, 'common', 'assess.nav.next');
    const chosen = [3, 2, 4, 1, 5, 3, 2, 4, 3];
    for (const [i, elementId] of ELEMENTS.entries()) {
      await page.locator('h1', { hasText: elementName(lng, elementId) }).waitFor();
      // The heading has focus; the first Tab enters the question's radio group.
      await tabTo(page, /^input:radio:/, 3);
      const level = chosen[i]!;
      if (i % 3 === 1) {
        // Arrow keys: from 1 up to the level.
        await page.keyboard.press('1');
        for (let k = 1; k < level; k++) await page.keyboard.press('ArrowDown');
      } else {
        await page.keyboard.press(String(level));
      }
      expect(await focused(page)).toBe(`input:radio:${level}`);
      expect(await page.locator(`input[type=radio][value="${level}"]`).isChecked()).toBe(true);
      if (i === 0) {
        await page.keyboard.press('0');
        expect(await page.locator('input[type=radio][value="open"]').isChecked()).toBe(true);
        await page.keyboard.press(String(level));
      }
      // Notes on the fifth element, typed after Tab.
      if (i === 4) {
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatch(/^textarea/);
        await page.keyboard.type('Klantreizen 🚲 Łódź İstanbul Ωmega Жук');
        // Halfway: reload. Everything answered so far comes back.
        await waitSaved(page, lng);
        await page.reload();
        await page.locator('h1', { hasText: elementName(lng, elementId) }).waitFor();
        expect(await page.locator(`input[type=radio][value="${level}"]`).isChecked()).toBe(true);
        expect(await page.locator('textarea').first().inputValue()).toBe(
          'Klantreizen 🚲 Łódź İstanbul Ωmega Жук',
        );
        await expect
          .poll(() => page.locator('.assess-progress__text').textContent())
          .toBe('5 van 9 beantwoord');
        // Opening the bare link resumes at the last step.
        await page.goto(page.url().replace(/\/[^/]+$/, ''));
        await page.reload();
        await page.locator('h1', { hasText: elementName(lng, elementId) }).waitFor();
        expect(page.url()).toMatch(new RegExp(`#/a/${id}/${elementId}$`));
        // A fresh page load starts at the top (skip link, header, element list), not at the h1.
        await tabTo(page, /^input:radio:/);
      }
      const last = i === ELEMENTS.length - 1;
      await tabTo(
        page,
        new RegExp(`^a:${last ? text(lng, 'common', 'assess.nav.toResults') : nextLabel}`),
      );
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.url()).toContain(`#/a/${id}/results`);
    // Back on a step, the list shows all nine answered.
    await page.goto(page.url().replace(/results$/, ELEMENTS[8]));
    await expect
      .poll(() => page.locator('.assess-progress__text').textContent())
      .toBe('9 van 9 beantwoord');
  });

  it('does a full assessment in English by keyboard alone, and the results match the hand count', async () => {
    const lng = 'en';
    const page = await open({ locale: 'en-GB', viewport: DESKTOP });
    await page.locator('h1').waitFor();
    await tabTo(page, new RegExp(`^a:${text(lng, 'common', 'start.full.action')}$`));
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: text(lng, 'common', 'new.titleFull') }).waitFor();
    await tabTo(page, /^input:text:$/);
    await page.keyboard.type('Keyboard & Co');
    await page.keyboard.press('Enter');
    // Every statement of element i gets the same level, so each element scores that level:
    // 3, 4, 2, 5, 1, 3, 4, 2, 3 -> overall 27 / 9 = 3.0, Systematic, index (3 - 1) / 4 * 100 = 50.
    const levels = [3, 4, 2, 5, 1, 3, 4, 2, 3];
    for (const [i, elementId] of ELEMENTS.entries()) {
      await page.locator('h1', { hasText: elementName(lng, elementId) }).waitFor();
      const count = EDITION_2_COUNTS[i]!;
      for (let s = 0; s < count; s++) {
        await tabTo(page, /^input:radio:/, 12);
        await page.keyboard.press(String(levels[i]));
      }
      await expect
        .poll(() => page.getByText(`This element: ${count} of ${count} answered`).count())
        .toBe(1);
      const last = i === ELEMENTS.length - 1;
      await tabTo(
        page,
        new RegExp(`^a:${text(lng, 'common', last ? 'assess.nav.toResults' : 'assess.nav.next')}`),
      );
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.url()).toMatch(/\/results$/);
    const overall = page.locator('.results-overall');
    await expect.poll(() => overall.textContent()).toContain('3.0 · Systematic · index 50');
    // Targets 4, importance 3: priority = 3 x gap. Customer understanding 1.0 -> 9; service
    // culture and processes 2.0 -> 6 (tie, model order); vision, design, monitoring 3.0 -> 3.
    const improvement = page.getByRole('table', {
      name: text(lng, 'common', 'results.improvement.caption'),
    });
    const firstCells = () =>
      improvement
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.children[1]?.textContent?.trim() ?? ''));
    await expect
      .poll(firstCells)
      .toEqual(
        [
          'customer-understanding',
          'service-culture',
          'processes-structure',
          'vision-mission-strategy',
          'experience-design',
          'monitoring',
        ].map((id) => elementName(lng, id)),
      );
  });

  // Edits wait SAVE_DELAY_MS before they are written; an IndexedDB write started on pagehide can be
  // cut off by the unload, so the store also keeps a synchronous rescue copy (see assessments.ts).
  it('keeps an answer and a note through a reload straight after the last keystroke', async () => {
    const page = await open({ locale: 'en-GB', viewport: DESKTOP });
    await page.locator('h1').waitFor();
    await createThroughStartPage(page, 'en', 'full');
    await waitSaved(page, 'en');
    await page
      .locator('fieldset.statement')
      .nth(4)
      .getByRole('radio', { name: '2 Developing' })
      .check();
    await page.getByRole('textbox', { name: 'Strengths' }).fill('Quick 👋 Жук');
    await page.reload();
    await page.locator('h1', { hasText: elementName('en', ELEMENTS[0]) }).waitFor();
    expect(
      await page
        .locator('fieldset.statement')
        .nth(4)
        .getByRole('radio', { name: '2 Developing' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Strengths' }).inputValue()).toBe(
      'Quick 👋 Жук',
    );
  });

  it('answers a full statement by click, digits and arrows', async () => {
    const lng = 'en';
    const page = await open({ locale: 'en-GB', viewport: DESKTOP });
    await createThroughStartPage(page, lng, 'full');
    const groups = page.locator('fieldset.statement');
    // A new assessment asks the second edition: vision opens with vms-6, six statements in all.
    expect(await groups.count()).toBe(6);
    expect(await groups.nth(0).locator('.statement__text').textContent()).toBe(
      text(lng, 'framework', 'elements.vision-mission-strategy.statements.vms-6'),
    );
    await groups.nth(0).getByRole('radio', { name: '4 Integrated' }).click();
    await groups.nth(1).getByRole('radio', { name: '1 Ad hoc' }).focus();
    await page.keyboard.press('3');
    expect(await groups.nth(1).getByRole('radio', { name: '3 Systematic' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await groups.nth(1).getByRole('radio', { name: '4 Integrated' }).isChecked()).toBe(true);
    await page.keyboard.press('0');
    expect(await groups.nth(1).getByRole('radio', { name: 'Not applicable' }).isChecked()).toBe(
      true,
    );
    await expect.poll(() => page.getByText('This element: 2 of 6 answered').count()).toBe(1);
  });

  it('keeps touch targets at least 44 px and folds the element list on phones', async () => {
    const page = await open({ locale: 'en-GB', viewport: PHONE });
    await page.locator('h1').waitFor();
    await createThroughStartPage(page, 'en', 'full');
    expect(
      await page.locator('.assess-nav details').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.choice, .quick-option, .assess-nav__summary, .level-guide__summary, .assess-steps a, .assess__content textarea',
        ),
      ]
        .map((el) => ({ cls: el.className, h: el.getBoundingClientRect().height }))
        .filter((r) => r.h < 44),
    );
    expect(small).toEqual([]);
    // Opening the list and following a link closes it again on the next page.
    await page.getByText('All elements').click();
    await page.getByRole('link', { name: /Monitoring/ }).click();
    await page.locator('h1', { hasText: elementName('en', 'monitoring') }).waitFor();
    expect(
      await page.locator('.assess-nav details').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const desktop = await open({ locale: 'en-GB', viewport: DESKTOP });
    await desktop.locator('h1').waitFor();
    await createThroughStartPage(desktop, 'en', 'quick');
    expect(
      await desktop.locator('.assess-nav details').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
  });
});
