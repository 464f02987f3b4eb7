import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { loadReportIn } from '../../i18n/report-language';
import type { ReportModel } from '../../model/report-types';
import type { Assessment } from '../../model/schema';

type Summary = ReportModel['summary'];

/**
 * The executive summary in the report language (meta.language), which the PDF prints. When the
 * screen is in that language it is the screen's own report model; otherwise the report model
 * is built in the report language once its texts are loaded (null until then).
 */
export function useReportSummary(
  assessment: Assessment,
  screen: ReportModel,
  previous: Assessment | null = null,
): Summary | null {
  const { i18n } = useTranslation();
  const language = assessment.meta.language;
  const same = screen.language === language;
  const [other, setOther] = useState<{ source: Assessment; summary: Summary } | null>(null);
  useEffect(() => {
    if (same) return;
    let live = true;
    loadReportIn(i18n, assessment, language, { previous }).then(
      (model) => {
        if (live) setOther({ source: assessment, summary: model.summary });
      },
      // Texts that cannot load leave the last summary (or none) on screen; the PDF says why.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [same, i18n, assessment, language, previous]);
  if (same) return screen.summary;
  return other?.summary ?? null;
}
