import quickWords from 'virtual:quick-words';
import { fullAssessmentEstimate, minutesToRead } from '../model/reading-time';
import { uiLanguageOf } from './config';
import { useTranslation } from './use-translation';

/**
 * The time estimates every screen quotes, worked out rather than typed into a text: the quick
 * check from its own words in the screen language at 200 a minute (counted at build time,
 * build/start-texts.ts, so no screen loads the quick check's texts to quote it), the full
 * assessment at 30 s a statement of the current edition.
 */
export function useTimeEstimates(): {
  quickMinutes: number;
  statements: number;
  fullMinutes: number;
} {
  const { i18n } = useTranslation();
  const quickMinutes = minutesToRead(quickWords[uiLanguageOf(i18n.resolvedLanguage)]);
  const full = fullAssessmentEstimate();
  return { quickMinutes, statements: full.statements, fullMinutes: full.minutes };
}
