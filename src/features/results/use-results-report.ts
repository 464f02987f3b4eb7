import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { uiLanguageOf } from '../../i18n/config';
import { lazyReportIn } from '../../i18n/report-language';
import type { ReportModel } from '../../model/report-types';
import type { Results } from '../../model/results';
import type { Assessment } from '../../model/schema';

/**
 * The report model of an assessment in the interface language: the one source of every number
 * and text the results page shows, as the CSV and the PDF use it. It is rebuilt only when the
 * assessment object, the previous assessment (of a reassessment) or the language changes, never
 * on other re-renders. Its sections below the first screen are built when first read
 * (lazyReport): read them in the render of the component that shows them.
 */
export function useResultsReport(
  assessment: Assessment,
  previous: Assessment | null = null,
  results?: Results,
): ReportModel {
  // Naming the namespaces makes Suspense wait until the report and framework texts are loaded.
  const { i18n } = useTranslation(['common', 'report', 'framework']);
  const language = uiLanguageOf(i18n.resolvedLanguage);
  return useMemo(
    () => lazyReportIn(i18n, assessment, language, { previous, results }),
    [assessment, i18n, language, previous, results],
  );
}
