import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, CHROME_PATH } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The one Chromium every test file connects to (tests/e2e/support/browser.ts). */
    browserEndpoint: string;
  }
}

/**
 * Serves the production build (dist/) on a free loopback port for the browser tests and starts
 * one Chromium for all of them, and stops both when they end. `npm test` builds before it runs
 * these. One browser for every file instead of one each saves a start and a stop per file; each
 * test still gets fresh contexts (its own storage) from it.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  const browser = await chromium.launchServer({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
