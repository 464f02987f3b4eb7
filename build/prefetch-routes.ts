import type { Plugin } from 'vite';
import { chunksOf, closure } from './bundle-graph.ts';
import { PDF_MODULE } from './pdf-files.ts';

/** Translation chunks: the app asks for its language's own with import(); no guessing here. */
const LOCALE_MODULE = /\/public\/locales\/|^\0start-texts:/;
/** jsPDF's stand-ins (build/unused-module.ts) are never loaded at all. */
const UNUSED_MODULE = /\/build\/unused-module\.ts$/;

/**
 * Every screen's chunks (and their CSS) as <link rel="prefetch">, inside <template id="prefetch">
 * where they stay inert until src/lib/first-screen.ts makes them live once the first screen is shown:
 * so opening a screen rarely waits for the network, and the first screen's own scripts never
 * share the connection with them. Not modulepreload, which would compete with the first screen.
 * The PDF's code is left to the results page (src/features/report).
 */
export function prefetchRoutes(): Plugin {
  let base = '/';
  return {
    name: 'se-radar-prefetch-routes',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const all = chunksOf(bundle);
        const entry = closure(
          bundle,
          all.filter((c) => c.isEntry).map((c) => c.fileName),
          false,
        );
        const routes = all.filter(
          (c) =>
            c.isDynamicEntry &&
            !PDF_MODULE.test(c.facadeModuleId ?? '') &&
            !LOCALE_MODULE.test(c.facadeModuleId ?? '') &&
            !UNUSED_MODULE.test(c.facadeModuleId ?? ''),
        );
        const files = new Set<string>();
        for (const name of closure(
          bundle,
          routes.map((c) => c.fileName),
          false,
        )) {
          if (entry.has(name)) continue;
          files.add(name);
          const chunk = all.find((c) => c.fileName === name);
          chunk?.viteMetadata?.importedCss.forEach((css) => files.add(css));
        }
        if (files.size === 0) return [];
        return [
          {
            tag: 'template',
            attrs: { id: 'prefetch' },
            children: [...files].sort().map((file) => ({
              tag: 'link',
              attrs: { rel: 'prefetch', href: `${base}${file}` },
            })),
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}
