import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ALL_NAMESPACES as NAMESPACES } from '../../src/i18n/config';

const ROOT = join(process.cwd(), 'public/locales');

/** Reads public/locales/<lng>/<ns>.json from disk. */
export function readLocale(lng: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;
}

export function localeLanguages(): string[] {
  return readdirSync(ROOT);
}

/**
 * An i18next instance with the real translation files, for component tests. A missing key
 * throws, so a typo or a key absent from one language fails the test instead of showing the key.
 */
export async function createTestI18n(lng: 'nl' | 'en' = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    ['nl', 'en'].map((l) => [
      l,
      Object.fromEntries(NAMESPACES.map((ns) => [ns, readLocale(l, ns)])),
    ]),
  );
  await instance.use(initReactI18next).init({
    lng,
    supportedLngs: ['nl', 'en'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      throw new Error(`Missing translation: ${ns}:${key}`);
    },
  });
  return instance;
}
