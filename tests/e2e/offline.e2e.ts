import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

describe('offline', () => {
  const { open } = useBrowser();

  it('opens again without a network once visited, with the saved assessments', async () => {
    const page = await open({ locale: 'nl-NL' });
    await page.locator('h1').waitFor();
    // Wait until the service worker controls the page (it installs after the first load).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
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
});
