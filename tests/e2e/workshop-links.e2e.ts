import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { WORKSHOP_ID as ID, workshopFile } from './support/workshop-file';

const PHONE = { width: 390, height: 844 };

/** The QR code's SVG drawn on a canvas in the page (4 px a module), read back by jsQR in Node. */
async function scanQr(page: Page, name: string): Promise<string | null> {
  const markup = await page.getByRole('img', { name }).evaluate((el) => el.outerHTML);
  const { size, data } = await page.evaluate(async (svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const px = Number(root.getAttribute('viewBox')!.split(' ')[2]) * 4;
    root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    root.setAttribute('width', String(px));
    root.setAttribute('height', String(px));
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(root))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, px, px).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000)
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { size: px, data: btoa(binary) };
  }, markup);
  const result = jsQR(new Uint8ClampedArray(Buffer.from(data, 'base64')), size, size);
  return result?.data ?? null;
}

/** A participant on a phone: pick the code, answer the first and last element, finish. */
async function answer(
  page: Page,
  code: string,
  start: string,
  next: string,
  finish: string,
  levels: [number, number],
) {
  await page.getByRole('radio', { name: code, exact: true }).check();
  await page.getByRole('button', { name: start }).click();
  await page
    .locator('fieldset')
    .first()
    .getByRole('radio')
    .nth(levels[0] - 1)
    .check();
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: next, exact: true }).click();
  await page
    .locator('fieldset')
    .first()
    .getByRole('radio')
    .nth(levels[1] - 1)
    .check();
  await page.getByRole('button', { name: finish }).click();
}

describe('workshop links in the browser', () => {
  const { open, baseUrl } = useBrowser();

  it('invite by QR, answer on two phones in two languages, read one QR photo, paste one mangled, present in step', async () => {
    const started = Date.now();
    const host = await open({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await host.locator('input[type="file"]').setInputFiles({
      name: 'workshop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(workshopFile()),
    });
    await host.waitForURL(/#\/a\//);
    await host.goto(`${baseUrl}#/workshop/${ID}/invite`);
    // The preview runs on 127.0.0.1: the facilitator is warned and goes on with it.
    await host.getByRole('button', { name: `Go on with ${baseUrl}` }).click();
    const qrLink = await scanQr(host, 'QR code: invitation for Management');
    const textLink = await host.getByLabel('Invitation link for Management').inputValue();
    expect(qrLink).toBe(textLink);
    expect(qrLink!.startsWith(`${baseUrl}#/i/`)).toBe(true);
    const frontLink = await host
      .getByLabel('Invitation link for Customer-facing staff')
      .inputValue();

    const en = await open({
      locale: 'en-GB',
      viewport: PHONE,
      path: qrLink!.slice(baseUrl.length),
    });
    const nl = await open({
      locale: 'nl-NL',
      viewport: PHONE,
      path: frontLink.slice(baseUrl.length),
    });
    await expect
      .poll(() => en.getByRole('heading', { name: 'Anonymous workshop' }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(en, 'participant view (en)');
    await expect
      .poll(() => nl.getByRole('heading', { name: 'Anonieme workshop' }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(nl, 'participant view (nl)');
    await answer(en, 'M1', 'Start answering', 'Next', 'Finish', [4, 3]);
    await answer(nl, 'K1', 'Beginnen', 'Volgende', 'Afronden', [2, 1]);
    await expectNoAxeViolations(nl, 'response (nl)');
    const enResponse = await en.getByLabel('Your response link').inputValue();
    const nlResponse = await nl.getByLabel('Je antwoordlink').inputValue();
    expect(enResponse.startsWith(`${baseUrl}#/r/`)).toBe(true);

    // The second as a mail program passes it on: quoted, wrapped every 40 characters, '#' as %23.
    const wrapped = nlResponse
      .replace('#', '%23')
      .match(/.{1,40}/g)!
      .join('\n> ');
    await host.goto(`${baseUrl}#/workshop/${ID}/inbox`);
    // The first as a photo of the QR code on the phone's screen, read with jsQR in the inbox.
    const photo = await en.getByRole('img', { name: 'QR code: your response as M1' }).screenshot();
    await host.getByLabel('Read a QR code from a picture').setInputFiles({
      name: 'm1.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    await expect.poll(() => host.getByText('M1: collected.').isVisible()).toBe(true);
    await host.getByLabel('Paste response links').fill(`Hi Fenna,\n\n> ${wrapped}\n> Karin`);
    await host.getByRole('button', { name: 'Collect' }).click();
    await expect.poll(() => host.getByText('2 of 2 answered').isVisible()).toBe(true);
    await expect.poll(() => host.getByText('Everyone has answered.').isVisible()).toBe(true);
    await expectNoAxeViolations(host, 'inbox (en)');
    await host.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => host.getByText('2 van 2 geantwoord').isVisible()).toBe(true);
    await expectNoAxeViolations(host, 'inbox (nl)');
    await host.getByRole('button', { name: 'English' }).click();

    // The presentation window, opened from the workshop page, moves with it and by its own keys.
    await host.goto(`${baseUrl}#/workshop/${ID}/results`);
    const [screen] = await Promise.all([
      host.context().waitForEvent('page'),
      host.getByRole('button', { name: 'Open the presentation window' }).click(),
    ]);
    await screen.getByRole('heading', { level: 1, name: 'Workshop De Linde' }).waitFor();
    await host.getByRole('button', { name: 'Next', exact: true }).click();
    await screen.getByText('2 of 2 answered').waitFor();
    expect(await screen.getByRole('table').count()).toBe(0);
    await screen.keyboard.press('ArrowRight');
    await screen.getByRole('table').waitFor();
    // Levels 4 and 2 on the first element: team score 3.0.
    await expect
      .poll(() => screen.locator('.present__score').first().textContent())
      .toBe('Team score 3.0');
    await expect
      .poll(() => host.locator('.present-controls__where').textContent())
      .toContain('the answers and the team score');
    console.log(`workshop-links browser test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
