// Runs before `npm test`: the browser and PDF tests need Debian's Chromium and poppler-utils.
// Locally a missing tool only warns (unit tests still tell you something); with CI=true it fails.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROME_PATH } from './chromium.mjs';

const chrome = CHROME_PATH;
const missing = [];
if (!existsSync(chrome)) missing.push(`Chromium (${chrome})`);
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  missing.push('pdftotext (poppler-utils)');
}
if (missing.length) {
  const line =
    'Missing: ' +
    missing.join(', ') +
    '. Install with: sudo apt-get install -y chromium poppler-utils';
  if (process.env.CI === 'true') {
    console.error(line);
    process.exit(1);
  }
  console.warn(line + '\nThe browser and PDF tests will fail until they are installed.');
}
