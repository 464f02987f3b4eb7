import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** `import('virtual:framework-start/nl')`: the start page's share of the framework namespace. */
const PREFIX = 'virtual:framework-start/';
const RESOLVED = '\0framework-start:';
/** Per element, what the start page shows: its names and the quick check (for the time estimate). */
const ELEMENT_KEYS = ['name', 'short', 'quick'];

type Json = Record<string, unknown>;

/** The framework texts without the statements, evidence and next steps (the bulk of the file). */
export function frameworkStartOf(framework: Json): Json {
  const elements = (framework.elements ?? {}) as Record<string, Json>;
  return {
    ...framework,
    elements: Object.fromEntries(
      Object.entries(elements).map(([id, element]) => [
        id,
        Object.fromEntries(ELEMENT_KEYS.filter((k) => k in element).map((k) => [k, element[k]])),
      ]),
    ),
  };
}

/**
 * The framework namespace is most of the translations' weight; the start page needs only the
 * names and the quick check's texts. This module gives that share as a chunk of its own
 * (assets/locale-<lng>-framework-start-<hash>.js), read from public/locales at build time, so
 * the strings still live in one place. src/i18n/i18n.ts loads it first on the start page and the
 * whole file before any other screen renders.
 */
export function frameworkStart(): Plugin {
  const root = fileURLToPath(new URL('../public/locales/', import.meta.url));
  return {
    name: 'se-radar-framework-start',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const language = id.slice(RESOLVED.length);
      if (!/^[a-z]{2}$/.test(language)) throw new Error(`Unknown language ${language}`);
      const file = `${root}${language}/framework.json`;
      this.addWatchFile(file);
      const subset = frameworkStartOf(JSON.parse(readFileSync(file, 'utf8')) as Json);
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}
