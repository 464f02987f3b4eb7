import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

describe('start page', () => {
  const { open, takeForeignRequests } = useBrowser();

  it('guard: a request to another origin is caught', async () => {
    const page = await open({ locale: 'en-GB' });
    await page.locator('h1').waitFor();
    // Loopback on another address is another origin; nothing listens there, the request is what counts.
    await page.goto('http://127.0.0.2:9/').catch(() => undefined);
    expect(takeForeignRequests()).toContain('http://127.0.0.2:9/');
  });

  it('speaks Dutch to a Dutch browser', async () => {
    const page = await open({ locale: 'nl-NL' });
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Hoe excellent is jullie dienstverlening?');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.getByText('Leiderschap en strategie').count()).toBe(1);
    expect(await page.locator('footer').textContent()).toContain(
      'geen ISO-publicatie en geen certificering',
    );
  });

  it('speaks English to any other browser', async () => {
    const page = await open({ locale: 'de-DE' });
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('How excellent is your service?');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('footer').textContent()).toContain(
      'not an ISO publication and not a certification',
    );
  });

  it('shows the nine elements grouped by the four dimensions', async () => {
    const page = await open({ locale: 'en-GB' });
    await page.locator('h1').waitFor();
    expect(await page.locator('.model-overview__dimension').count()).toBe(4);
    expect(await page.locator('.model-overview__dimension li').count()).toBe(9);
    expect(await page.locator('.model-overview__dimension').nth(2).locator('li').count()).toBe(3);
  });

  it('switches language and remembers the choice after a reload', async () => {
    const page = await open({ locale: 'en-US' });
    await page.locator('h1', { hasText: 'How excellent' }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.locator('h1', { hasText: 'Hoe excellent' }).waitFor();
    expect(
      await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.reload();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Hoe excellent is jullie dienstverlening?');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });
});
