/** The change since the previous assessment (MODEL.md "Comparison of two assessments"). */
import { compareScores } from './compare';
import { formatIsoDate } from './format-date';
import { formatDelta, formatScore } from './numbers';
import type { ReportContext } from './report-context';
import type { ReportComparison } from './report-types';
import { computeResults } from './results';
import type { Assessment } from './schema';

export function comparisonSection(c: ReportContext, previous: Assessment): ReportComparison {
  const { rp, lang, noValue } = c;
  const cmp = compareScores(c.r.effectiveScores, computeResults(previous).effectiveScores);
  const deltaText = (d: number | null) => (d === null ? noValue : formatDelta(d, lang));
  const scoreText = (s: number | null) => (s === null ? noValue : formatScore(s, lang));
  return {
    previousTitle: previous.meta.title,
    previousDateText: formatIsoDate(previous.meta.date, lang),
    columns: {
      element: rp('columns.element'),
      previous: rp('columns.previous'),
      current: rp('columns.current'),
      delta: rp('columns.delta'),
    },
    rows: cmp.elements.map((e) => ({
      id: e.elementId,
      name: c.elementName(e.elementId),
      previousText: scoreText(e.previous),
      currentText: scoreText(e.current),
      delta: e.delta,
      deltaText: deltaText(e.delta),
    })),
    editionsText:
      previous.frameworkEdition === c.assessment.frameworkEdition
        ? null
        : rp('comparison.editions', {
            previous: previous.frameworkEdition,
            current: c.assessment.frameworkEdition,
          }),
    overall: {
      count: cmp.overall.count,
      delta: cmp.overall.delta,
      deltaText: deltaText(cmp.overall.delta),
      text:
        cmp.overall.delta === null
          ? rp('comparison.none')
          : rp('comparison.overall', {
              count: cmp.overall.count,
              delta: formatDelta(cmp.overall.delta, lang),
            }),
    },
  };
}
