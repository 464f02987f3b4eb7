/**
 * The report model: plain, serialisable data built from an assessment and a translate function
 * already bound to the report's language. The screen, the CSV, the workbook and the PDF all
 * render this one model, so every text and number format is decided here and they never
 * disagree. Keys come from the `framework` namespace ('framework:elements.x.name') and the
 * `report` namespace ('report:...'). Each section is built in its own module; this assembles.
 */
import { reportContext } from './report-context';
import { elementDetails, elementRows } from './report-elements';
import { appendixSection, fitOf } from './report-appendix';
import { comparisonSection } from './report-comparison';
import {
  detailLabels,
  elementColumns,
  exportLabels,
  metaSection,
  sectionTitles,
} from './report-labels';
import { dimensionsSection, overallSection } from './report-overview';
import { actionsSection, participantsSection } from './report-plan';
import { improvementAreasSection, notAssessedSection, strengthsSection } from './report-priorities';
import { radarSection } from './report-radar';
import { teamSection } from './report-team';
import { summarySection } from './report-summary';
import type { ReportModel, ReportOptions, Translate } from './report-types';
import { warningsSection } from './report-warnings';
import { computeResults } from './results';
import type { Assessment } from './schema';

/**
 * Builds the report model of an assessment. `t` must already be bound to the report's
 * language; numbers and dates follow options.language, else the assessment's language.
 */
export function buildReport(
  assessment: Assessment,
  t: Translate,
  options: ReportOptions = {},
): ReportModel {
  // Reading every section makes it a plain object, as the CSV, the workbook and the PDF expect.
  return { ...lazyReport(assessment, t, options) };
}

/**
 * The same model, with the sections below the results page's first screen built the first time
 * they are read: the page reads each in the render of its own section, so a phone's main thread
 * is never held by the whole report at once. Read twice, a section is the same object.
 */
export function lazyReport(
  assessment: Assessment,
  t: Translate,
  options: ReportOptions = {},
): ReportModel {
  const lang = options.language ?? assessment.meta.language;
  const c = {
    ...reportContext(assessment, options.results ?? computeResults(assessment), t, lang),
    // A named workshop's names beside the codes only when the facilitator chose so (saved with it).
    participantNames: assessment.reportNames,
  };
  const rows = elementRows(c);
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const fit = fitOf(c, Boolean(options.previous));
  const comparison = options.previous ? comparisonSection(c, options.previous) : null;
  const model = {
    language: lang,
    documentTitle: c.rp('title'),
    disclaimer: c.rp('disclaimer'),
    kind: c.r.kind,
    kindText: c.rp(`kind.${c.r.kind}`),
    fit,
    meta: metaSection(c),
    sections: sectionTitles(c),
    overall: overallSection(c),
    elements: { columns: elementColumns(c), rows },
    participants: participantsSection(c),
    radar: radarSection(c, rows, options.previous ?? null),
    warnings: warningsSection(c),
    comparison,
  };
  const later: { [K in Exclude<keyof ReportModel, keyof typeof model>]: () => ReportModel[K] } = {
    summary: () => summarySection(c, rowOf, comparison),
    dimensions: () => dimensionsSection(c),
    strengths: () => strengthsSection(c, rowOf),
    improvementAreas: () => improvementAreasSection(c, rowOf),
    notAssessed: () => notAssessedSection(c),
    details: () => ({ ...detailLabels(c), elements: elementDetails(c, rowOf) }),
    actions: () => actionsSection(c),
    team: () => teamSection(c),
    exportLabels: () => exportLabels(c),
    appendix: () => appendixSection(c, fit),
  };
  for (const [key, build] of Object.entries(later)) {
    let value: unknown;
    let built = false;
    Object.defineProperty(model, key, {
      enumerable: true,
      get: () => {
        if (!built) {
          value = build();
          built = true;
        }
        return value;
      },
    });
  }
  return model as ReportModel;
}
