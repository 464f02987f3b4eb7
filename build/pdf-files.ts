import type { ManifestTransform } from 'workbox-build';
import type { Plugin } from 'vite';
import { PDF_FILES_META } from '../src/app/offline/names.ts';
import { chunksOf, closure } from './bundle-graph.ts';

/** Font files, matched by pattern (whatever family the report uses: Noto Sans, DejaVu Sans, ...). */
export const FONT_FILE = /\.(?:ttf|otf|woff2?)$/;
export const PDF_MODULE = /\/src\/pdf\/make-report-pdf\.ts$/;

/** Files only the PDF needs; filled while the page is built, read by the precache step after it. */
const pdfOnly = new Set<string>();

/**
 * The PDF's code (jsPDF, autotable, the renderer) and its fonts stay out of the precache, so a
 * participant's phone that never opens a results page never downloads them. The page learns their
 * file names from a <meta> this plugin writes, and caches them at idle once a results page is open
 * (src/app/offline/warm-pdf.ts); the service worker then serves them from that cache.
 */
export function pdfFiles(): Plugin {
  return {
    name: 'se-radar-pdf-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const all = chunksOf(bundle);
        const pdfRoots = all.filter((c) => PDF_MODULE.test(c.facadeModuleId ?? ''));
        const otherRoots = all.filter(
          (c) => (c.isEntry || c.isDynamicEntry) && !PDF_MODULE.test(c.facadeModuleId ?? ''),
        );
        const needed = closure(
          bundle,
          otherRoots.map((c) => c.fileName),
          false,
        );
        const pdf = closure(
          bundle,
          pdfRoots.map((c) => c.fileName),
          true,
        );
        pdfOnly.clear();
        for (const f of pdf) if (!needed.has(f)) pdfOnly.add(f);
        for (const f of Object.keys(bundle)) if (FONT_FILE.test(f)) pdfOnly.add(f);
        return [
          {
            tag: 'meta',
            attrs: { name: PDF_FILES_META, content: [...pdfOnly].sort().join(' ') },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/** Workbox manifest transform: drops the PDF's files from the precache. */
export const withoutPdfFiles: ManifestTransform = (entries) => ({
  manifest: entries.filter((e) => !pdfOnly.has(e.url.replace(/^\//, ''))),
  warnings: [],
});
