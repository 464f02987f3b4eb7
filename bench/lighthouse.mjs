// Lighthouse (mobile, simulated throttling) on pages of the built app and of the floor page, in its own Chromium
// with a debugging port, which is what Lighthouse connects to.
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { median } from './shared.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Lighthouse (mobile defaults: simulated 4G and a 4x slower CPU) on each URL, `runs` times in a
 * fresh Chromium each, and the median of every figure.
 */
export async function lighthouseMedians(urls, chrome, args, runs = 3) {
  const out = {};
  for (const url of urls) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await lighthouseOnce(url, chrome, args));
    out[url] = Object.fromEntries(
      Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]),
    );
  }
  return out;
}

async function lighthouseOnce(url, chrome, args) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: [...args, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
      },
    );
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      bestPractices: categories['best-practices'].score,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    await browser.close();
  }
}
