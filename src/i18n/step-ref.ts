/**
 * The reference an action keeps to the suggested step it was made from: the step's permanent id
 * and its text in both report languages, in the assessment's own word for the customer, so the
 * action prints in the report's language until the user rewrites it (report-plan.ts).
 */
import type { i18n as I18n } from 'i18next';
import { customerWordOf, withCustomerWord } from '../model/customer-word';
import { allSteps, assessmentEdition } from '../model/framework';
import { LANGUAGES, type Assessment, type Language, type StepRef } from '../model/schema';
import { loadReportTexts, reportTranslate } from './report-language';

/** The step reference for `stepId`, or null for an id this version does not know. */
export async function stepRefOf(
  i18n: I18n,
  assessment: Assessment,
  stepId: string,
): Promise<StepRef | null> {
  const step = allSteps().find((s) => s.id === stepId);
  if (!step) return null;
  await Promise.all(LANGUAGES.map((lng) => loadReportTexts(i18n, lng)));
  const textIn = (lng: Language) => {
    const t = reportTranslate(i18n, lng);
    const fw = withCustomerWord(
      (key, vars) => t(`framework:${key}`, vars),
      customerWordOf(assessment),
    );
    return fw(step.textKey);
  };
  return {
    stepId,
    edition: assessmentEdition(assessment),
    text: { nl: textIn('nl'), en: textIn('en') },
  };
}
