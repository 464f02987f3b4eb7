import { LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, uiLanguageOf, type UiLanguage } from './config';

function isUiLanguage(value: unknown): value is UiLanguage {
  return (SUPPORTED_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The UI language, known before anything renders: the user's remembered choice (one namespaced
 * localStorage key), else Dutch for a Dutch browser (nl, nl-BE, ...) and English for all others.
 * public/boot.js makes the same choice before the first paint; keep the two in step.
 */
export function initialLanguage(): UiLanguage {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isUiLanguage(saved)) return saved;
  } catch {
    // Storage blocked: fall back to the browser's languages.
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  const first = preferred.find((l) => /^(nl|en)\b/i.test(l)) ?? preferred[0];
  return uiLanguageOf(first?.toLowerCase());
}

/** Remembers the user's choice; a blocked storage only means the choice is not remembered. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Nothing to do: the language still applies to this visit.
  }
}
