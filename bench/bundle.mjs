// First-load size: the entry script, the chunks it imports statically (modulepreload) and the CSS,
// gzipped as a server would send them. Lazy chunks are listed apart; the PDF code must be among them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function bundleReport(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  const files = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const size = (f) => {
    const buf = readFileSync(join(dist, f));
    return {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      text: buf.toString('latin1'),
    };
  };
  let first = { raw: 0, gzip: 0 };
  const firstPdfBytes = [];
  const lazy = [];
  for (const f of files) {
    if (!/\.(js|css)$/.test(f)) {
      lazy.push({ file: f, raw: readFileSync(join(dist, f)).length, gzip: null });
      continue;
    }
    const s = size(f);
    const isPdf = /jsPDF|jspdf|autoTable/.test(s.text);
    if (initial.has(f)) {
      first = { raw: first.raw + s.raw, gzip: first.gzip + s.gzip };
      if (isPdf) firstPdfBytes.push(f);
    } else lazy.push({ file: f, raw: s.raw, gzip: s.gzip, pdf: isPdf });
  }
  return { initialFiles: [...initial], first, firstPdfBytes, lazy };
}
