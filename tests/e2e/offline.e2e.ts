import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloaded, useBrowser } from './support/browser';

/** Waits until the service worker controls the page (it installs after the first load). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

describe('offline', () => {
  const { open } = useBrowser();

  it('opens again without a network once visited, with the saved assessments', async () => {
    const page = await open({ locale: 'nl-NL' });
    await page.locator('h1').waitFor();
    await controlled(page);
    await page.getByRole('link', { name: 'Start een volledige beoordeling' }).click();
    await page.getByLabel('Organisatie').fill('Offline BV');
    await page.getByRole('button', { name: 'Starten' }).click();
    await page.locator('fieldset').first().waitFor();
    await page.locator('fieldset').first().getByRole('radio', { name: '4 Geïntegreerd' }).check();
    await page.getByRole('status').filter({ hasText: 'Bewaard in deze browser' }).waitFor();

    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Visie, missie en strategie');
    expect(
      await page
        .locator('fieldset')
        .first()
        .getByRole('radio', { name: '4 Geïntegreerd' })
        .isChecked(),
    ).toBe(true);
    await page.goto(page.url().split('#')[0] + '#/');
    await expect.poll(() => page.locator('.assessment-list__item').count()).toBe(1);
    await page.context().setOffline(false);
  });

  it('makes the PDF offline after one online visit to the demo results, without a PDF made then', async () => {
    const page = await open({ locale: 'en-GB', path: '#/demo/results' });
    await expect.poll(() => page.locator('h1').textContent()).toContain('Results');
    await controlled(page);
    // The PDF's code and fonts are cached in the background (at idle), not made into a PDF.
    const files = await page.evaluate(
      () =>
        document.querySelector<HTMLMetaElement>('meta[name="se-radar-pdf-files"]')?.content ?? '',
    );
    expect(files).toMatch(/make-report-pdf-[^ ]+\.js/);
    expect(files).toMatch(/\.ttf/);
    await expect
      .poll(
        () => page.evaluate(async () => (await (await caches.open('se-radar-lazy')).keys()).length),
        { timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(files.split(' ').length);

    await page.context().setOffline(true);
    // The demo's prerendered results come from the precache too.
    const prerendered = page.waitForResponse(/demo-results\.en\.html$/);
    await page.reload();
    expect((await prerendered).fromServiceWorker()).toBe(true);
    await page.goto(page.url().split('#')[0] + '#/');
    await page.reload();
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Results');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect((await downloaded(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().setOffline(false);
  });

  it('is installable: a manifest with name, theme colour and 192, 512 and maskable icons', async () => {
    const page = await open({ locale: 'en-GB' });
    await page.locator('h1').waitFor();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.short_name).toBe('SE Radar');
    expect(manifest.theme_color).toBe('#1d4e89');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const png = await (await page.request.get(new URL(icon.src, page.url()).href)).body();
      // PNG width and height are big-endian at bytes 16 and 20 of the IHDR chunk.
      const size = Number(icon.sizes.split('x')[0]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
