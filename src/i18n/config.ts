/** Languages and namespaces shared by the app's i18n setup and the tests. */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];
/** Loaded at start. */
export const NAMESPACES = ['common', 'framework', 'report'] as const;
/** Every namespace, including those loaded on demand (the demo's texts). */
export const ALL_NAMESPACES = [...NAMESPACES, 'demo'] as const;
export const LANGUAGE_STORAGE_KEY = 'se-radar.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'nl' || value === 'en';
}
