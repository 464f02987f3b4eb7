import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { workshopFile, WORKSHOP_ID } from './support/workshop-file';

/*
 * The accessibility sweep: every screen and state of the app, in Dutch and in English, in one
 * page per language that moves by hash. On each screen:
 *   - axe (WCAG 2.2 A and AA) finds nothing, on a wide screen and on a 320 px phone;
 *   - the page never scrolls sideways at 320 px (WCAG 1.4.10 reflow: 1280 px at 400 %) nor at
 *     640 px (1280 px at 200 % zoom); a wide table scrolls inside its own box instead;
 *   - every chart (svg role="img") and every table has a name for screen readers;
 *   - with prefers-reduced-motion, nothing animates or scrolls smoothly.
 * Problems are gathered for the whole sweep, so one run lists all of them.
 */

/** Set SCREENSHOTS=1 to write each screen at 320 px to /tmp/se-radar-320/<lang>-<screen>[-partN].png. */
const SHOTS = process.env.SCREENSHOTS === '1' ? '/tmp/se-radar-320' : null;

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 700 };
const ZOOM_200 = { width: 640, height: 700 };

const FIXTURE = readFileSync('tests/fixtures/assessment-v1-full.json', 'utf8');
const FIXTURE_ID = 'a-veenland-2026-03';

const TEXT = {
  nl: { organisation: 'Organisatie', goOn: /^Doorgaan met /, compareAnyway: 'Toch vergelijken' },
  en: { organisation: 'Organisation', goOn: /^Go on with /, compareAnyway: 'Compare anyway' },
} as const;
type Lang = keyof typeof TEXT;

interface Screen {
  name: string;
  /** The hash to go to; none: the state is reached by `act` on the screen before. */
  hash?: string;
  /** Shown once the screen is there (checked against the new content only, see `go`). */
  ready: string;
  /** Brings the screen into the state to check. */
  act?: (page: Page) => Promise<void>;
}

/**
 * The results page is whole once its last section, the action plan, is there: the sections below
 * the first screen render after it, in steps, and axe must not look at a page half built.
 */
const RESULTS_WHOLE = '.results-page #results-actions';

/** Moves by hash and waits for `ready` in the new screen, not in the one before. */
async function go(page: Page, screen: Screen): Promise<void> {
  // A screen of another component replaces main's content; the old nodes keep the mark.
  await page.evaluate(() =>
    document.querySelectorAll('main > *, #root > main.present > *').forEach((el) => {
      (el as HTMLElement).dataset.stale = '';
    }),
  );
  if (screen.hash !== undefined) {
    const hash = screen.hash;
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }
  await page.locator(screen.ready).first().waitFor({ state: 'visible', timeout: 20000 });
  await page.locator('.app-loading').waitFor({ state: 'detached' });
  await screen.act?.(page);
}

/** Two frames: ResizeObserver and media-query listeners have run and the page has re-rendered. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Charts and tables without a name a screen reader could say. */
async function unnamed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const named = (el: Element) =>
      Boolean(el.getAttribute('aria-label')?.trim() || text(el.getAttribute('aria-labelledby')));
    const charts = [...document.querySelectorAll('svg[role="img"]')]
      .filter((svg) => !named(svg))
      .map((svg) => `chart ${svg.getAttribute('class') ?? ''}`);
    const tables = [...document.querySelectorAll('table')]
      .filter((table) => !named(table) && !table.caption?.textContent?.trim())
      .map((table) => `table ${table.getAttribute('class') ?? ''}`);
    return [...charts, ...tables];
  });
}

/** Anything that still moves although the user asked for reduced motion. */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(
        ...list.split(',').map((d) => (d.trim().endsWith('ms') ? 0.001 : 1) * parseFloat(d)),
      );
    const found: string[] = [];
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
      found.push('html scroll-behavior: smooth');
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (seconds(style.animationDuration) > 0.01 && style.animationName !== 'none')
        found.push(`animation on ${el.tagName.toLowerCase()}.${el.className}`);
      if (seconds(style.transitionDuration) > 0.01)
        found.push(`transition on ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return found.slice(0, 5);
  });
}

/**
 * Lays out what the browser skips while off screen (content-visibility: auto on the results
 * page's long sections), so axe can measure its contrast and a full-page picture shows it.
 */
async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}

/** The full page, and the same in screen-high slices that are easier to look at. */
async function screenshots(page: Page, base: string): Promise<void> {
  await page.screenshot({ path: `${base}.png`, fullPage: true });
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  for (let y = 0, i = 0; y < height; y += 1200, i++) {
    await page.screenshot({
      path: `${base}-part${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1200, height - y) },
    });
  }
}

async function check(page: Page, what: string, problems: string[]): Promise<void> {
  await layOutEverything(page);
  await settle(page);
  for (const v of await axeViolations(page)) problems.push(`${what}, wide: ${v}`);
  for (const u of await unnamed(page)) problems.push(`${what}: ${u} has no name`);
  for (const m of await moving(page)) problems.push(`${what}: ${m} despite reduced motion`);
  for (const [label, size] of [
    ['320 px', PHONE],
    ['640 px (200 %)', ZOOM_200],
  ] as const) {
    await page.setViewportSize(size);
    await settle(page);
    // A phone's folded sections are new nodes: lay them out too.
    await layOutEverything(page);
    await settle(page);
    const over = await sidewaysScroll(page);
    if (over > 0) problems.push(`${what}, ${label}: the page scrolls ${over} px sideways`);
    if (size !== PHONE) continue;
    for (const v of await axeViolations(page)) problems.push(`${what}, 320 px: ${v}`);
    if (SHOTS) await screenshots(page, `${SHOTS}/${what.replace(/[^\p{L}\d]+/gu, '-')}`);
  }
  await page.setViewportSize(WIDE);
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await go(page, { name: 'start', hash: '#/', ready: '.start-page' });
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForURL(/#\/(a|workshop)\//, { waitUntil: 'commit' });
}

/** Creates an assessment through the form; returns its id. */
async function create(page: Page, lang: Lang, kind: 'quick' | 'full'): Promise<string> {
  await page.locator('.details-form input').first().fill(`A11y ${kind}`);
  await page.getByLabel(TEXT[lang].organisation).fill(`Toegankelijk ${kind}`);
  await page.locator('.details-form button[type=submit]').click();
  await page.waitForURL(/#\/a\/[^/]+/, { waitUntil: 'commit' });
  return new URL(page.url()).hash.split('/')[2]!;
}

describe('accessibility of every screen', () => {
  const { open } = useBrowser();

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe, reflows to 320 px and 200 % zoom, names its charts and tables (${lang})`, async () => {
      const page = await open({
        locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
        viewport: WIDE,
        reducedMotion: 'reduce',
      });
      const problems: string[] = [];
      const visit = async (screen: Screen) => {
        await go(page, screen);
        await check(page, `${screen.name} (${lang})`, problems);
      };

      await visit({ name: 'start, no assessments yet', hash: '#/', ready: '.start-page' });
      await visit({
        name: 'remove-all-data dialog',
        ready: '.data-privacy',
        act: async (p) => {
          await p.locator('.data-privacy > .button-row .button--danger').click();
          await p.locator('dialog[open]').waitFor();
        },
      });
      await page.keyboard.press('Escape');

      await visit({
        name: 'new quick check, errors shown',
        hash: '#/new/quick',
        ready: '.new-assessment form',
        act: async (p) => {
          await p.locator('.details-form input').first().fill('');
          await p.locator('.details-form button[type=submit]').click();
          await p.locator('.field__error').first().waitFor();
        },
      });
      await create(page, lang, 'quick');
      await visit({ name: 'quick check step', ready: '.assess fieldset' });

      await visit({
        name: 'new full assessment',
        hash: '#/new/full',
        ready: '.new-assessment form',
      });
      const fullId = await create(page, lang, 'full');
      await visit({
        name: 'full assessment step, one answer, every disclosure open',
        ready: '.assess fieldset.statement',
        act: async (p) => {
          await p.locator('fieldset.statement input[type=radio]').nth(2).check();
          await p.evaluate(() =>
            document.querySelectorAll('details').forEach((d) => (d.open = true)),
          );
        },
      });

      await openFile(page, 'team.json', FIXTURE);
      await openFile(page, 'workshop.json', workshopFile());
      await visit({ name: 'start with the library', hash: '#/', ready: '.start-page .library' });
      await visit({ name: 'details', hash: `#/details/${fullId}`, ready: '.details-page form' });
      await visit({
        name: 'results of a team, with the action plan',
        hash: `#/a/${FIXTURE_ID}/results`,
        ready: RESULTS_WHOLE,
      });
      await visit({
        name: 'action plan, editing an action',
        ready: '.results-page',
        act: async (p) => {
          await p
            .locator('.action-controls button', { hasText: /Bewerken|Edit/ })
            .first()
            .click();
          await p.locator('.action-form textarea').waitFor();
        },
      });
      await visit({
        name: 'results of one assessor, barely answered',
        hash: `#/a/${fullId}/results`,
        ready: RESULTS_WHOLE,
      });
      await visit({ name: 'report branding', hash: '#/settings', ready: '.settings form' });
      await visit({
        name: 'compare',
        hash: `#/compare/${FIXTURE_ID}/${fullId}`,
        ready: '.compare-page',
      });
      await visit({
        name: 'compare, two organisations compared anyway',
        ready: '.compare-page',
        act: async (p) => {
          await p.getByRole('button', { name: TEXT[lang].compareAnyway }).click();
          await p.locator('.compare-page .radar__svg').waitFor();
        },
      });
      await visit({ name: 'workshop setup', hash: '#/new/workshop', ready: '.workshop-new form' });

      const tab = (section: string) =>
        `.workshop-tabs [aria-current="page"][href$="${section ? `/${section}` : WORKSHOP_ID}"]`;
      await visit({
        name: 'workshop: participants',
        hash: `#/workshop/${WORKSHOP_ID}`,
        ready: tab(''),
      });
      await visit({
        name: 'workshop: invitations',
        hash: `#/workshop/${WORKSHOP_ID}/invite`,
        ready: tab('invite'),
        act: async (p) => {
          // The preview runs on 127.0.0.1: the facilitator goes on with it after the warning.
          await p.getByRole('button', { name: TEXT[lang].goOn }).click();
          await p.locator('.qr-code').first().waitFor();
        },
      });
      const invitation = await page.locator('.workshop-page input[readonly]').first().inputValue();
      await visit({
        name: 'workshop: inbox',
        hash: `#/workshop/${WORKSHOP_ID}/inbox`,
        ready: `${tab('inbox')} >> xpath=ancestor::div[contains(@class,"workshop-page")]//textarea`,
      });
      await visit({
        name: 'workshop: team results',
        hash: `#/workshop/${WORKSHOP_ID}/results`,
        ready: `.workshop-page:has(${tab('results')}) h2`,
      });
      await visit({
        name: 'workshop: agreement',
        hash: `#/workshop/${WORKSHOP_ID}/agree`,
        ready: `.workshop-page:has(${tab('agree')}) h2`,
      });
      await visit({
        name: 'pass the device',
        hash: `#/workshop/${WORKSHOP_ID}/hand/p-m1`,
        ready: '.workshop-handover',
      });
      await visit({
        name: 'handed back',
        hash: `#/workshop/${WORKSHOP_ID}/done/p-m1`,
        ready: '.workshop-handover',
      });
      await visit({
        name: 'participant view of an invitation',
        hash: invitation.slice(invitation.indexOf('#')),
        ready: '.participant form',
      });
      await visit({ name: 'about', hash: '#/about', ready: '.about' });
      await visit({ name: 'not found', hash: '#/no/such/page', ready: '.not-found' });
      await visit({
        name: 'demo results',
        hash: '#/demo/results',
        ready: RESULTS_WHOLE,
      });
      await visit({ name: 'start, between the demos', hash: '#/', ready: '.start-page' });
      await visit({
        name: 'workshop demo results',
        hash: '#/demo/workshop',
        ready: RESULTS_WHOLE,
      });
      // Last: the projector's window has no header, so moving on from it reloads the frame.
      await visit({
        name: 'presentation window',
        hash: `#/present/${WORKSHOP_ID}`,
        ready: '.present__invitations',
      });

      expect(problems).toEqual([]);
    });
  }

  it('has a skip link that moves focus to the content and stays on the page', async () => {
    for (const [hash, heading] of [
      ['', 'How excellent is your service?'],
      ['#/about', 'About the model'],
    ] as const) {
      const page = await open({ locale: 'en-GB', path: hash });
      await page.locator('h1', { hasText: heading }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to content',
      );
      await page.keyboard.press('Enter');
      // On the prerendered start page an Enter before the app has taken over is held by boot.js
      // and acted on once it has (public/boot.js): the focus moves then.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The router reads every hash as a route: "#main" would have opened "Page not found".
      expect(new URL(page.url()).hash).toBe(hash);
      expect(await page.locator('h1').textContent()).toBe(heading);
      // The next Tab goes on inside the content, past the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(
        true,
      );
    }
  });
});
