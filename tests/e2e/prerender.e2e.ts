import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';

const HEADING = {
  en: 'How excellent is your service?',
  nl: 'Hoe excellent is jullie dienstverlening?',
};
const ABOUT = {
  en: { link: 'About the model: the nine elements', heading: 'About the model' },
  nl: { link: 'Over het model: de negen elementen', heading: 'Over het model' },
};

/** Every console error and warning of a page from its first request (hydration errors are these). */
function logOf(page: Page): string[] {
  const log: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  return log;
}

describe('the prerendered start page', () => {
  const { open } = useBrowser();
  const baseUrl = inject('baseUrl');

  it('is in index.html itself, in English and in Dutch', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toContain(`>${HEADING.en}</h1>`);
    expect(html).toContain(`>${HEADING.nl}</h1>`);
  });

  for (const [locale, language] of [
    ['en-GB', 'en'],
    ['nl-NL', 'nl'],
  ] as const) {
    it(`shows in ${language} without the app's script, the language chosen before the first paint`, async () => {
      const page = await open({ locale, path: 'boot.js' });
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(baseUrl);
      expect(await page.locator('h1').textContent()).toBe(HEADING[language]);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
    });

    it(`hydrates in ${language} with nothing logged, and then answers clicks`, async () => {
      // A second page of the same context, watched from its first request (the first page,
      // on a plain file, may still ask for /favicon.ico).
      const page = await (await open({ locale, path: 'boot.js' })).context().newPage();
      const log = logOf(page);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(baseUrl);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').textContent()).toBe(HEADING[language]);
      // Its own share of the texts, not the whole translation files (nor i18next with them).
      expect(scripts.filter((s) => s.includes('/locale-'))).toEqual([
        expect.stringMatching(new RegExp(`/assets/locale-${language}-start-`)),
      ]);
      // With nothing stored, neither the record engine nor the scoring is fetched (prefetches are not scripts).
      expect(
        scripts.filter((s) => /\/(record-engine|schema|restore|results|summary)-/.test(s)),
      ).toEqual([]);
      // The list is read from storage after hydration: with nothing stored it says so.
      await page
        .getByText(language === 'en' ? 'No assessments' : 'Nog geen', { exact: false })
        .first()
        .waitFor();
      const other = language === 'en' ? 'nl' : 'en';
      await page.getByRole('button', { name: other === 'nl' ? 'Nederlands' : 'English' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(HEADING[other]);
      // Another screen brings in i18next and the whole texts, in the language now chosen.
      await page.getByRole('link', { name: ABOUT[other].link }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(ABOUT[other].heading);
      expect(log).toEqual([]);
    });
  }

  it('is painted before the app script is asked for, and prefetches other screens only after', async () => {
    const page = await (await open({ locale: 'en-GB', path: 'boot.js' })).context().newPage();
    await page.goto(baseUrl);
    // Hydrated: the list is read from storage.
    await page.getByText('No assessments', { exact: false }).first().waitFor();
    // The other screens' chunks go live once the start page is shown and the page is idle.
    await page.waitForFunction(
      () => document.head.querySelectorAll('link[rel=prefetch]').length > 0,
    );
    const t = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
      const all = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const entry = all.find((r) => /\/assets\/index-[^/]+\.js$/.test(r.name));
      const prefetched = all.filter((r) => /\/assets\/AboutPage-[^/]+\.js$/.test(r.name));
      return {
        paint,
        entryStart: entry?.startTime ?? -1,
        entryEnd: entry?.responseEnd ?? -1,
        prefetchStart: prefetched[0]?.startTime ?? -1,
      };
    });
    expect(t.paint).toBeGreaterThan(0);
    expect(t.entryStart).toBeGreaterThanOrEqual(t.paint);
    expect(t.prefetchStart).toBeGreaterThan(t.entryEnd);
    // As served, index.html asks for neither: both are inert in templates.
    const html = await (await fetch(baseUrl)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const live = head.replace(/<template[\s\S]*?<\/template>/g, '');
    expect(live).not.toMatch(/rel="(prefetch|modulepreload)"|<script/);
  });

  it('keeps a tap that comes before the app has taken the page over, and acts on it after', async () => {
    const page = await (await open({ locale: 'en-GB', path: 'boot.js' })).context().newPage();
    const log = logOf(page);
    // A slow phone: the app's script arrives a second after the page is on the screen.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toContain('Results');
    expect(log).toEqual([]);
  });

  it('never shows on another route: the about page opens without the start page first', async () => {
    const page = await open({ locale: 'en-GB', path: 'boot.js' });
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}#/about`);
    expect(await page.locator('#root').innerHTML()).toBe('');
  });
});
