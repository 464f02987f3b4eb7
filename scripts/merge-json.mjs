// Dev helper: deep-merges a {"en": {...}, "nl": {...}} draft into public/locales/<lng>/<ns>.json.
// Usage: node scripts/merge-json.mjs <namespace> <draft.json> [subkey]
import { readFileSync, writeFileSync } from 'node:fs';

const [ns, draftPath, subkey] = process.argv.slice(2);
const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
const merge = (a, b) => {
  for (const [k, v] of Object.entries(b)) {
    if (v && typeof v === 'object' && !Array.isArray(v))
      a[k] = merge(a[k] && typeof a[k] === 'object' ? a[k] : {}, v);
    else a[k] = v;
  }
  return a;
};
for (const lng of ['en', 'nl']) {
  const file = `public/locales/${lng}/${ns}.json`;
  const current = JSON.parse(readFileSync(file, 'utf8'));
  const add = subkey
    ? subkey.split('.').reduceRight((acc, k) => ({ [k]: acc }), draft[lng])
    : draft[lng];
  writeFileSync(file, JSON.stringify(merge(current, add), null, 2) + '\n');
}
