import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from 'playwright-core';

export const PHONE = { width: 360, height: 740 } as const;

export interface OpenOptions extends BrowserContextOptions {
  /** Path after the base URL, e.g. '#/settings'. */
  path?: string;
}

/**
 * What a download holds. The browser runs in the global setup and the tests connect to it, so a
 * download has no local path (download.path() refuses): it is read as a stream instead.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The one browser-test setup: the shared Chromium (started by global-setup.ts), a fresh context per page, and guards
 * that fail the test when the page asks anything of another origin (no fonts, CDNs, analytics)
 * or breaks its Content-Security-Policy.
 */
export function useBrowser() {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let foreign: string[] = [];
  let violations: string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });

  afterEach(async () => {
    const seen = foreign;
    const refused = violations;
    foreign = [];
    violations = [];
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(seen, 'requests to another origin').toEqual([]);
    expect(refused, 'Content-Security-Policy violations').toEqual([]);
  });

  afterAll(async () => {
    // Disconnects: the browser itself stays for the next file and stops in the global teardown.
    await browser?.close();
  });

  /** A new context (its own storage) and page, opened on the app. */
  async function open(options: OpenOptions = {}): Promise<Page> {
    if (!browser) throw new Error('The browser did not start.');
    const { path = '', ...contextOptions } = options;
    const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
    contexts.push(context);
    await watch(context);
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    return page;
  }

  async function watch(context: BrowserContext) {
    // A violation the page's code catches (zod's eval probe was one) logs nothing, but still fires
    // securitypolicyviolation, and Lighthouse counts it against best practices: report every one.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    context.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(text)) {
        violations.push(text);
      }
    });
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
  }

  /** The other-origin requests seen so far in this test, cleared: for the guard's own test. */
  function takeForeignRequests(): string[] {
    const seen = foreign;
    foreign = [];
    return seen;
  }

  return { open, baseUrl, takeForeignRequests };
}
