import { useContext, useMemo, useSyncExternalStore } from 'react';
// Only react-i18next's context (a few hundred bytes): its useTranslation and Trans import
// i18next itself, which the start page's first load goes without.
import { I18nContext, getI18n } from 'react-i18next';
import type { useTranslation as ReactI18nextUseTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { parseRoute } from '../lib/router';
import { uiLanguageOf, type UiLanguage } from './config';
import { initialLanguage, rememberLanguage } from './language';

/**
 * The app's useTranslation, with react-i18next's signature ({ t, i18n }). Once i18next is there
 * (src/i18n/i18n.ts, or the instance an <I18nextProvider> hands down in a test) it is i18next's
 * own t. Before that, on the start page of a first load, it is a small t over the start page's
 * share of the texts (build/start-texts.ts: the common keys the start page, its list and
 * its dialogs show, the element names and the quick check), so the start page's first load
 * carries neither i18next nor the whole namespaces. Any other screen waits (Suspense) for
 * i18next and the whole files (loadAllTexts).
 */

type Texts = Record<string, unknown>;
type Resources = Partial<Record<UiLanguage, Record<string, Texts>>>;
type Namespaces = string | readonly string[] | undefined;

const startShares: Record<UiLanguage, () => Promise<{ default: Record<string, Texts> }>> = {
  nl: () => import('virtual:start-texts/nl'),
  en: () => import('virtual:start-texts/en'),
};

const lite: { language: UiLanguage; resources: Resources } = {
  language: 'en',
  resources: {},
};
const listeners = new Set<() => void>();
let version = 0;
function changed() {
  version++;
  listeners.forEach((l) => l());
}
function subscribeLite(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language the start page shows before i18next is loaded (i18next starts in it). */
export function startLanguage(): UiLanguage | undefined {
  return lite.resources[lite.language] ? lite.language : undefined;
}

/** Loads the start page's texts in a language (the browser's first render on the start page). */
export async function loadStartTexts(language: UiLanguage = initialLanguage()): Promise<void> {
  if (!lite.resources[language]) lite.resources[language] = (await startShares[language]()).default;
  lite.language = language;
}

let loading: Promise<I18n> | undefined;
let engine: I18n | undefined;

/** i18next with the whole common and framework files, in the language shown now. */
export function loadAllTexts(): Promise<I18n> {
  loading ??= import('./i18n').then(async ({ default: i18n, i18nReady }) => {
    await i18nReady;
    const language = startLanguage();
    if (language && uiLanguageOf(i18n.resolvedLanguage) !== language) {
      await i18n.changeLanguage(language);
    }
    engine = i18n;
    changed();
    return i18n;
  });
  return loading;
}

/** Settles when i18next is there (at once in a test, which makes its own instance). */
export function allTexts(): Promise<unknown> {
  return readyEngine() ? Promise.resolve() : loadAllTexts();
}

/** i18next once it is there with its texts; in a test, the initialised instance. */
function readyEngine(): I18n | undefined {
  if (engine) return engine;
  const instance = getI18n() as I18n | undefined;
  return instance?.isInitialized ? instance : undefined;
}

function lookup(texts: Texts | undefined, key: string): unknown {
  let node: unknown = texts;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Texts)[part];
  }
  return node;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralOf(language: string, count: number): string {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * i18next's t for what the start page uses: `ns:key` or { ns }, nested keys, {{name}} values
 * (not escaped, as configured in src/i18n/i18n.ts), `count` with the _one/_other forms, and
 * defaultValue. A key outside the share brings in i18next, which renders it again.
 */
function liteT(language: UiLanguage, namespaces: readonly string[]) {
  const texts = lite.resources[language] ?? {};
  const find = (key: string, options: Record<string, unknown>): string | undefined => {
    let ns = typeof options.ns === 'string' ? options.ns : (namespaces[0] ?? 'common');
    let path = key;
    const colon = key.indexOf(':');
    if (colon > 0) [ns, path] = [key.slice(0, colon), key.slice(colon + 1)];
    const count = options.count;
    if (typeof count === 'number') {
      const form = lookup(texts[ns], `${path}_${pluralOf(language, count)}`);
      if (typeof form === 'string') return form;
    }
    const found = lookup(texts[ns], path);
    return typeof found === 'string' ? found : undefined;
  };
  const t = (key: string, options: Record<string, unknown> = {}): string => {
    const found = find(key, options);
    if (found === undefined) {
      void loadAllTexts();
      return typeof options.defaultValue === 'string' ? options.defaultValue : key;
    }
    return found.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
      const value = lookup(options, name);
      return value === undefined ? whole : String(value);
    });
  };
  const exists = (key: string, options: Record<string, unknown> = {}) =>
    find(key, options) !== undefined;
  return { t, exists };
}

/** What a component of the start page asks of `i18n` before i18next is there. */
function liteInstance(language: UiLanguage, exists: (key: string) => boolean) {
  return {
    language,
    resolvedLanguage: language,
    languages: [language],
    isInitialized: true,
    exists,
    async changeLanguage(next: string) {
      const language = uiLanguageOf(next);
      if (engine) {
        await engine.changeLanguage(language);
        return;
      }
      await loadStartTexts(language);
      if (typeof document !== 'undefined') document.documentElement.lang = language;
      rememberLanguage(language);
      changed();
    },
  };
}

function isStartRoute(): boolean {
  return typeof location === 'undefined' || parseRoute(location.hash).name === 'start';
}

const inShare = (ns: string) => ns === 'common' || ns === 'framework';

function useTexts(ns?: Namespaces) {
  const fromContext = (useContext(I18nContext) as { i18n?: I18n } | undefined)?.i18n;
  // By content, not by identity: a component may pass a new array literal each render.
  const nsKey = ns === undefined ? 'common' : typeof ns === 'string' ? ns : ns.join(' ');
  const namespaces = useMemo<readonly string[]>(() => nsKey.split(' '), [nsKey]);
  const subscribe = useMemo(
    () => (listener: () => void) => {
      const unsubscribe = subscribeLite(listener);
      const instance = fromContext ?? readyEngine();
      const onChange = () => {
        version++;
        listener();
      };
      instance?.on('languageChanged loaded', onChange);
      instance?.store.on('added', onChange);
      return () => {
        unsubscribe();
        instance?.off('languageChanged', onChange);
        instance?.off('loaded', onChange);
        instance?.store.off('added', onChange);
      };
    },
    [fromContext],
  );
  const revision = useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  const instance = fromContext ?? readyEngine();
  const language = instance ? instance.language : lite.language;
  const result = useMemo(() => {
    if (instance) {
      const t = instance.getFixedT(null, namespaces[0] as 'common');
      return { t, i18n: instance, ready: true };
    }
    if (!lite.resources[lite.language] || !namespaces.every(inShare) || !isStartRoute()) {
      return { t: undefined, i18n: undefined, ready: false };
    }
    const { t, exists } = liteT(lite.language, namespaces);
    return {
      t,
      i18n: liteInstance(lite.language, exists) as unknown as I18n,
      ready: true,
    };
    // revision: a new t when texts or the language change, as react-i18next gives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, namespaces, language, revision]);
  if (result.ready && instance && !namespaces.every((n) => instance.hasLoadedNamespace(n))) {
    // Suspense until the namespaces of this screen are there (the report's, the workshop's, ...).
    throw instance.loadNamespaces([...namespaces]);
  }
  if (!result.ready) throw loadAllTexts();
  return result;
}

/** Typed as react-i18next's: keys checked per namespace (src/i18n/i18next.d.ts). */
export const useTranslation = useTexts as unknown as typeof ReactI18nextUseTranslation;
