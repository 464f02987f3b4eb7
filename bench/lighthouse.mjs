// Lighthouse (mobile, simulated throttling) on the start page of the built app, in its own Chromium
// with a debugging port, which is what Lighthouse connects to.
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';

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

export async function lighthouseScores(base, chrome, args) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: [...args, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(
      base,
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
    return [
      {
        name: 'Lighthouse performance (mobile)',
        value: Math.round(categories.performance.score * 100),
        unit: '/100',
      },
      {
        name: 'Lighthouse accessibility',
        value: Math.round(categories.accessibility.score * 100),
        unit: '/100',
      },
      {
        name: 'Lighthouse best practices',
        value: Math.round(categories['best-practices'].score * 100),
        unit: '/100',
      },
      {
        name: 'Lighthouse largest contentful paint (simulated 4G)',
        value: Math.round(audits['largest-contentful-paint'].numericValue),
        unit: 'ms',
      },
      {
        name: 'Lighthouse total blocking time',
        value: Math.round(audits['total-blocking-time'].numericValue),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
  }
}
