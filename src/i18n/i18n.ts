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

const bundled: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = files[`../../public/locales/${language}/${namespace}.json`];
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

/**
 * Settles once the first language's namespaces are there. The start page renders before, from
 * its share of the texts (src/i18n/use-translation.ts, which loads this module for every other
 * screen).
 */
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
