import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import jsQR from 'jsqr';
import { useBrowser } from './support/browser';
import { QrCode } from '../../src/features/workshop/QrCode';
import { encodeInvitation } from '../../src/model/workshop/links/invitation';
import { createTestI18n } from '../support/i18n';
import { typicalInvitation } from '../fixtures/workshop-invitation';

const { open } = useBrowser();

/** The QrCode component's SVG, as React renders it. */
async function svgOf(value: string): Promise<string> {
  const i18n = await createTestI18n('en');
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(QrCode, { value, label: 'test', maxVersion: 15 }),
    ),
  );
}

/** Chromium draws the SVG on a canvas (4 px a module); jsQR reads the pixels back. */
async function scan(svg: string): Promise<{ text: string | null; version: number }> {
  const page = await open();
  const { width, height, data } = await page.evaluate(async (markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    const modules = Number(root.getAttribute('viewBox')!.split(' ')[2]);
    const px = modules * 4;
    root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    root.setAttribute('width', String(px));
    root.setAttribute('height', String(px));
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(root))}`;
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    // Sent back as base64: a plain array of a few hundred thousand numbers is slow to pass.
    const pixels = ctx.getImageData(0, 0, px, px).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return { width: px, height: px, data: btoa(binary) };
  }, svg);
  const version = Number(/data-qr-version="(\d+)"/.exec(svg)?.[1]);
  const result = jsQR(new Uint8ClampedArray(Buffer.from(data, 'base64')), width, height);
  return { text: result?.data ?? null, version };
}

describe('invitation QR code', () => {
  it('scans back to the whole link, at version 15-M or below with an https address', async () => {
    const invitation = encodeInvitation(typicalInvitation());
    expect(invitation.ok).toBe(true);
    if (!invitation.ok) return;
    const link = `https://radar.woonstichting-delinde.nl/se-radar/#${invitation.fragment}`;
    const svg = await svgOf(link);
    expect(svg).toContain('aria-label="QR code: test"');
    const { text, version } = await scan(svg);
    expect(text).toBe(link);
    expect(version).toBeLessThanOrEqual(15);
    console.log(`invitation QR: ${link.length} characters, version ${version}-M`);
  });
});
