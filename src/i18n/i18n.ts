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

void i18n
  .use(bundled)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true },
  });

i18n.on('languageChanged', (lng) => {
  const language = uiLanguageOf(lng);
  document.documentElement.lang = language;
  rememberLanguage(language);
});

export default i18n;
