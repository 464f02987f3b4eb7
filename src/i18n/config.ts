/** Languages and namespaces shared by the app's i18n setup and the tests. */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];
/** Loaded at start: what the start page shows (the model overview names the elements). */
export const NAMESPACES = ['common', 'framework'] as const;
/**
 * Every namespace, including those loaded on demand: the results page asks for the report's texts
 * (useTranslation suspends until they are there), the demo and the facilitator's guide for theirs.
 */
export const ALL_NAMESPACES = [...NAMESPACES, 'report', 'demo', 'guide', 'workshop'] as const;
export const LANGUAGE_STORAGE_KEY = 'se-radar.language';

/** The language i18next settled on, as one of ours: Dutch variants are Dutch, anything else English. */
export function uiLanguageOf(resolved: string | undefined): UiLanguage {
  return resolved?.startsWith('nl') ? 'nl' : 'en';
}
