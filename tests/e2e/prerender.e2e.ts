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

/** A slow phone: the app's script arrives a second after the page is on the screen. */
async function slowApp(page: Page): Promise<void> {
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
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
    await slowApp(page);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toContain('Results');
    expect(log).toEqual([]);
  });

  it('is never painted before boot.js has chosen the language, however late that script comes', async () => {
    const page = await open({ locale: 'nl-NL', path: 'boot.js' });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/boot\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const loaded = page.goto(baseUrl);
    try {
      // The stylesheet is in, the page parsed: what would be painted now is nothing.
      await page.waitForFunction(
        () => document.styleSheets.length > 0 && document.getElementById('root'),
      );
      expect(await page.locator('#root').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: HEADING.en }).isVisible()).toBe(false);
    } finally {
      release();
      await loaded;
    }
    expect(await page.locator('h1').textContent()).toBe(HEADING.nl);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });

  it('never shows on another route: the about page opens without the start page first', async () => {
    const page = await open({ locale: 'en-GB', path: 'boot.js' });
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}#/about`);
    expect(await page.locator('#root').innerHTML()).toBe('');
  });
});

/** Today as the results page shows it, worked out here: "2 December 2026", "2 december 2026". */
function today(language: 'en' | 'nl'): string {
  const months = {
    en: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    nl: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
  };
  const d = new Date();
  return `${d.getDate()} ${months[language][d.getMonth()]} ${d.getFullYear()}`;
}

const DEMO = {
  en: {
    title: 'Results: Service excellence self-assessment',
    date: 'Date',
    overall: 'Overall score',
    radar: 'Radar: score per element compared with the target',
  },
  nl: {
    title: 'Resultaten: Zelfevaluatie service excellence',
    date: 'Datum',
    overall: 'Totaalscore',
    radar: 'Radar: score per element vergeleken met het doel',
  },
};

describe("the demo's prerendered results", () => {
  const { open } = useBrowser();
  const baseUrl = inject('baseUrl');

  for (const [locale, language] of [
    ['en-GB', 'en'],
    ['nl-NL', 'nl'],
  ] as const) {
    it(`show in ${language} without the app's script, dated today`, async () => {
      const page = await open({ locale, path: 'boot.js' });
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(`${baseUrl}#/demo/results`);
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe(`${DEMO[language].title} ${new Date().getFullYear()}`);
      const date = page.locator('.results-header__meta-item', { hasText: DEMO[language].date });
      expect(await date.locator('dd').textContent()).toBe(today(language));
      expect(
        await page.getByRole('heading', { name: DEMO[language].overall, exact: true }).count(),
      ).toBe(1);
      // The radar and its table, styled: the results page's own stylesheets came first.
      expect(await page.getByRole('img', { name: DEMO[language].radar }).count()).toBe(1);
      expect(await page.locator('.results-radar__table tbody tr').count()).toBe(9);
      expect(
        await page.locator('.results-radar').evaluate((e) => getComputedStyle(e).display),
      ).not.toBe('inline');
      expect(await page.locator('body').innerText()).not.toContain('1999');
    });
  }

  it('are taken over by the app in one step: the same first screen, no shift, nothing logged', async () => {
    const page = await (await open({ locale: 'en-GB', path: 'boot.js' })).context().newPage();
    const log = logOf(page);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number; header: string | null };
      w.shifts = 0;
      w.header = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The header's text as painted before the app took over.
      document.addEventListener('se-radar:screen-whole', () => {
        w.header = document.querySelector<HTMLElement>('.results-header')?.innerText ?? null;
      });
    });
    await slowApp(page);
    await page.goto(`${baseUrl}#/demo/results`);
    await page.locator('h1').waitFor();
    // The sections below the first screen come with the app.
    await page.getByRole('heading', { name: 'Action plan' }).waitFor({ timeout: 15_000 });
    const w = await page.evaluate(() => {
      const { shifts, header } = window as unknown as { shifts: number; header: string | null };
      return { shifts, header };
    });
    expect(w.header).toBe(await page.locator('.results-header').innerText());
    expect(w.shifts).toBe(0);
    // It is the app's page now: the language switch works.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Resultaten');
    expect(log).toEqual([]);
  });

  it('keep a tap that comes before the app has taken over, and act on it after', async () => {
    const page = await open({ locale: 'en-GB', path: 'boot.js' });
    await slowApp(page);
    await page.goto(`${baseUrl}#/demo/results`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    // Not yet: the app is still on its way.
    expect(await page.locator('h1').textContent()).toContain('Results');
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toContain('Resultaten');
  });

  it('make way for another route chosen before the app has taken over', async () => {
    const page = await open({ locale: 'en-GB', path: 'boot.js' });
    await slowApp(page);
    await page.goto(`${baseUrl}#/demo/results`);
    await page.locator('h1').waitFor();
    // The address edited (or the back button) while the app is on its way.
    await page.evaluate(() => {
      location.hash = '#/about';
    });
    // Sooner than the 10 s after which the app takes over whatever it shows.
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 6_000 })
      .toBe('About the model');
  });

  it('leave it to the app when their file cannot be fetched', async () => {
    const page = await open({ locale: 'en-GB', path: 'boot.js' });
    await page.route(/demo-results\.[a-z]+\.html$/, (route) => route.abort());
    await page.goto(`${baseUrl}#/demo/results`);
    await page.getByRole('heading', { name: 'Action plan' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('h1').textContent()).toContain('Results');
  });
});
