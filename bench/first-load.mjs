// First-load JavaScript as the browser fetches it: every script requested from navigation until
// the page has made no request for 0.5 s, gzipped as a server would send it. Requests made for
// <link rel="prefetch"> (Sec-Purpose: prefetch) are left out: they wait for an idle network.
import { gzipSync } from 'node:zlib';

export async function firstLoadJs(browser, url, { viewport = { width: 412, height: 823 } } = {}) {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  const page = await context.newPage();
  const scripts = new Map();
  let last = Date.now();
  page.on('request', () => (last = Date.now()));
  page.on('response', async (response) => {
    last = Date.now();
    const request = response.request();
    const purpose = (await request.allHeaders())['sec-purpose'] ?? '';
    if (purpose.includes('prefetch')) return;
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    try {
      const body = await response.body();
      scripts.set(request.url(), gzipSync(body, { level: 9 }).length);
    } catch {
      // A response without a body (a redirect) carries no script.
    }
  });
  await page.goto(url);
  while (Date.now() - last < 500) await page.waitForTimeout(100);
  await context.close();
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  return { bytes, files: [...scripts.keys()].map((u) => new URL(u).pathname) };
}
