import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { quickCheckKeys, readingMinutes } from '../src/model/reading-time';

/** `import('virtual:start-texts/nl')`: the start page's share of a language's texts. */
const PREFIX = 'virtual:start-texts/';
const RESOLVED = '\0start-texts:';
/** `import quickMinutes from 'virtual:quick-minutes'`: the quick check's reading time per language. */
const MINUTES = 'virtual:quick-minutes';
const MINUTES_RESOLVED = '\0quick-minutes';
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

/** A text by its dotted key ('elements.x.quick.question'), or undefined. */
function textAt(texts: Json, key: string): string | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) node = (node as Json | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** Whole minutes to read the quick check (src/model/reading-time.ts) in these framework texts. */
export function quickMinutesOf(framework: Json): number {
  return readingMinutes(
    quickCheckKeys().map((key) => {
      const text = textAt(framework, key);
      if (text === undefined) throw new Error(`framework.json has no ${key}`);
      return text;
    }),
  );
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
 * for every other screen. The quick check's reading time, which the start page states, is
 * worked out here from its texts, so the start page loads none of them.
 */
export function startTexts(): Plugin {
  const root = fileURLToPath(new URL('../public/locales/', import.meta.url));
  const read = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
  return {
    name: 'se-radar-start-texts',
    resolveId(id) {
      if (id === MINUTES) return MINUTES_RESOLVED;
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (id === MINUTES_RESOLVED) {
        const minutes = Object.fromEntries(
          ['nl', 'en'].map((language) => {
            this.addWatchFile(`${root}${language}/framework.json`);
            return [language, quickMinutesOf(read(`${root}${language}/framework.json`))];
          }),
        );
        return `export default ${JSON.stringify(minutes)};`;
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
