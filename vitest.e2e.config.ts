import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian's Chromium through playwright-core against the built app,
// served by `vite preview` on a free port that globalSetup opens and closes.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120000, // the axe runs over four page variants take a minute on a busy 2-core machine
    hookTimeout: 60000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
