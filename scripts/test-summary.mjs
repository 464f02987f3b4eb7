// Reads the output of `npm test` and prints one plain closing line, "tests: N passed, N failed",
// summed over vitest's unit and browser runs, so CI can tell at a glance that tests really ran.
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- stripping the terminal's colour codes
const text = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of text.split('\n')) {
  const m = /^\s*Tests\s+(.*)$/.exec(line);
  if (!m) continue;
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
