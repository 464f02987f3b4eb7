// Dev helper: draws the app icons (public/icons/*.png) from the logo with the local Chromium,
// no network. Run `node scripts/make-icons.mjs` after changing the logo; the PNGs are committed.
// "any" icons: the round logo on transparency. "maskable": the logo inside the central 80 % safe
// zone on a full-bleed square, so a launcher may cut any shape out of it.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const BLUE = '#1d4e89';
const logo = (scale) =>
  `<g transform="translate(${16 - 16 * scale} ${16 - 16 * scale}) scale(${scale})">` +
  `<circle cx="16" cy="16" r="15" fill="${BLUE}"/>` +
  `<polygon points="16,5 26,13 22,26 10,26 6,13" fill="none" stroke="#fff" stroke-width="2"/></g>`;
const ICONS = [
  { file: 'icon-192.png', size: 192, body: logo(1) },
  { file: 'icon-512.png', size: 512, body: logo(1) },
  {
    file: 'maskable-512.png',
    size: 512,
    body: `<rect width="32" height="32" fill="${BLUE}"/>${logo(0.7)}`,
  },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
try {
  for (const { file, size, body } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${body}</svg>`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
