import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { frameworkKeys } from '../model/framework';
import { computeResults } from '../model/results';
import type { Assessment } from '../model/schema';
import { summaryBasis, summaryChanges, type SummaryChange } from '../model/summary-basis';
import { Notice } from './Notice';

/** Today's figures as a summary basis (summary-basis.ts); '' without an own summary to check. */
export function basisNow(assessment: Assessment, previous: Assessment | null): string {
  return summaryBasis(computeResults(assessment), previous ? computeResults(previous) : null);
}

/**
 * The basis while an own summary exists, recomputed only when the figures may change: without
 * one there is nothing to compare, and the results page renders without the extra pass.
 */
export function useSummaryBasis(assessment: Assessment, previous: Assessment | null): string {
  const own = assessment.summaryText.trim() !== '';
  return useMemo(() => (own ? basisNow(assessment, previous) : ''), [own, assessment, previous]);
}

/** What changed since the consultant wrote their own summary; null when there is nothing to check. */
export function useSummaryChanges(
  assessment: Assessment,
  previous: Assessment | null,
): SummaryChange[] | null {
  const basis = useSummaryBasis(assessment, previous);
  return summaryChanges(assessment, basis);
}

/**
 * "The figures have changed since your own summary was written (...)": beside the summary, and
 * above "Download PDF", so a client never gets a summary that contradicts its own tables.
 */
export function StaleSummaryNotice({
  changes,
  where,
  className = '',
  children,
}: {
  changes: SummaryChange[] | null;
  where: 'summary' | 'download';
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!changes || changes.length === 0) return null;
  const list = changes
    .map((c) =>
      c === 'overall' || c === 'previous'
        ? t(`summaryStale.changed.${c}`)
        : t(frameworkKeys.elementShortName(c), { ns: 'framework' }),
    )
    .join(', ');
  return (
    <Notice tone="warning" className={className}>
      <p>{t(`summaryStale.${where}`, { list })}</p>
      {children}
    </Notice>
  );
}
