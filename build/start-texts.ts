import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** `import('virtual:start-texts/nl')`: the start page's share of a language's texts. */
const PREFIX = 'virtual:start-texts/';
const RESOLVED = '\0start-texts:';
/** `import quickWords from 'virtual:quick-words'`: the quick check's words per language. */
const WORDS = 'virtual:quick-words';
const WORDS_RESOLVED = '\0quick-words';
/** Per element, what the start page shows: its names. */
const ELEMENT_KEYS = ['name', 'short'];
/**
 * What the start page, its list of assessments and its dialogs show of the common namespace:
 * whole groups, or single keys ('about.link'). A key left out still works (src/i18n/
 * use-translation.ts then loads i18next and the whole files), it only costs a second render.
 */
export const START_COMMON_KEYS = [
  'app',
  'layout',
  'language',
  'pwa',
  'crash',
  'notFound',
  'start',
  'library',
  'files',
  'errors',
  'storage',
  'storageBar',
  'actions',
  'about.link',
];

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
 * The words of everything the quick check shows (per element a question and five level
 * descriptors), counted as src/model/reading-time.ts counts them (runs of non-space characters).
 * Node loads this file without the app's modules, so the count is taken here; a unit test holds
 * it equal to countWords over quickCheckKeys().
 */
export function quickWordsOf(framework: Json): number {
  const elements = Object.values((framework.elements ?? {}) as Record<string, Json>);
  return elements
    .flatMap((element) => Object.values((element.quick ?? {}) as Record<string, string>))
    .reduce((n, text) => n + text.split(/\s+/).filter(Boolean).length, 0);
}

/** The common texts under the given paths (a group or one key), nested as in the file. */
export function commonStartOf(common: Json, paths: readonly string[] = START_COMMON_KEYS): Json {
  const out: Json = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: unknown = common;
    let to = out;
    parts.forEach((part, i) => {
      from = (from as Json | undefined)?.[part];
      if (from === undefined) throw new Error(`common.json has no ${path}`);
      if (i === parts.length - 1) to[part] = from;
      else to = (to[part] ??= {}) as Json;
    });
  }
  return out;
}

/**
 * The translations are tens of kilobytes; the start page shows a small part of them. This
 * plugin gives that part as a chunk of its own (assets/locale-<lng>-start-<hash>.js), read from
 * public/locales at build time, so the strings still live in one place: src/i18n/
 * use-translation.ts renders the start page with it, and loads i18next with the whole files
 * for every other screen. The quick check's words, from which the start page works out its
 * reading time, are counted here, so the start page loads none of its texts.
 */
export function startTexts(): Plugin {
  const root = fileURLToPath(new URL('../public/locales/', import.meta.url));
  const read = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
  return {
    name: 'se-radar-start-texts',
    resolveId(id) {
      if (id === WORDS) return WORDS_RESOLVED;
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (id === WORDS_RESOLVED) {
        const words = Object.fromEntries(
          ['nl', 'en'].map((language) => {
            this.addWatchFile(`${root}${language}/framework.json`);
            return [language, quickWordsOf(read(`${root}${language}/framework.json`))];
          }),
        );
        return `export default ${JSON.stringify(words)};`;
      }
      if (!id.startsWith(RESOLVED)) return null;
      const language = id.slice(RESOLVED.length);
      if (!/^[a-z]{2}$/.test(language)) throw new Error(`Unknown language ${language}`);
      const file = (ns: string) => {
        this.addWatchFile(`${root}${language}/${ns}.json`);
        return read(`${root}${language}/${ns}.json`);
      };
      const share = {
        common: commonStartOf(file('common')),
        framework: frameworkStartOf(file('framework')),
      };
      return `export default ${JSON.stringify(share)};`;
    },
  };
}
