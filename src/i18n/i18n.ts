import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, SUPPORTED_LANGUAGES, uiLanguageOf } from './config';
import { initialLanguage, rememberLanguage } from './language';

/**
 * Translations stay in public/locales (one folder per language, one file per namespace), but are
 * bundled: each file becomes a small hashed chunk fetched with import(), so the browser caches it
 * for good, the service worker precaches it by revision, and the build fails on a broken file.
 * The entry names every chunk, so the namespaces of one language load in parallel, not one by one.
 */
const files = import.meta.glob<{ default: ResourceKey }>('../../public/locales/*/*.json');

/**
 * The start page's share of the framework namespace (names and the quick check; build/
 * framework-start.ts), a seventh of the whole: on the start route it is loaded first, and every
 * other screen waits for the whole file (loadFullFramework) before it renders.
 */
const startShares: Record<string, () => Promise<{ default: ResourceKey }>> = {
  nl: () => import('virtual:framework-start/nl'),
  en: () => import('virtual:framework-start/en'),
};
let startShareFirst = /^#?\/?$/.test(typeof location === 'undefined' ? '' : location.hash);
/** Languages whose framework namespace holds only the start share, with the read under way. */
const partial = new Map<string, Promise<unknown>>();

function fileLoader(
  language: string,
  namespace: string,
): (() => Promise<{ default: ResourceKey }>) | undefined {
  const share = namespace === 'framework' && startShareFirst ? startShares[language] : undefined;
  if (!share) return files[`../../public/locales/${language}/${namespace}.json`];
  return () => {
    const loading = share();
    partial.set(language, loading);
    return loading;
  };
}

/** Makes the framework namespace whole in every language that has only the start share. */
export async function loadFullFramework(): Promise<void> {
  startShareFirst = false;
  await Promise.all(
    [...partial].map(async ([language, share]) => {
      await share.catch(() => undefined);
      const load = files[`../../public/locales/${language}/framework.json`];
      if (!load) return;
      const whole = await load();
      i18n.addResourceBundle(language, 'framework', whole.default, true, true);
      partial.delete(language);
    }),
  );
}

const bundled: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = fileLoader(language, namespace);
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

/** Settles once the first language's namespaces are there (the start page's hydration waits). */
export const i18nReady = i18n
  .use(bundled)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Both languages have exactly the same keys (tests/i18n/locales.test.ts), so a Dutch page
    // never needs the English files as a fallback: they would double its first load.
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true },
  });

i18n.on('languageChanged', (lng) => {
  const language = uiLanguageOf(lng);
  // Not in the build's prerender (Node), which has no document.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  rememberLanguage(language);
});

export default i18n;
