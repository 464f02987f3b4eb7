import { useTranslation } from 'react-i18next';
import { fullAssessmentEstimate, quickCheckKeys, readingMinutes } from '../model/reading-time';

/**
 * The time estimates every screen quotes, worked out rather than typed into a text: the quick
 * check from its own words in the screen language at 200 a minute, the full assessment at 30 s a
 * statement of the current edition. Reads the `framework` namespace (waits for it, so the words
 * counted are the texts, never their keys).
 */
export function useTimeEstimates(): {
  quickMinutes: number;
  statements: number;
  fullMinutes: number;
} {
  const { t } = useTranslation('framework');
  const quickMinutes = readingMinutes(quickCheckKeys().map((k) => String(t(k as never))));
  const full = fullAssessmentEstimate();
  return { quickMinutes, statements: full.statements, fullMinutes: full.minutes };
}
