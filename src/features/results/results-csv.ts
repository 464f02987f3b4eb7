import type { i18n as I18n } from 'i18next';
import { downloadText } from '../../lib/download';
import { toCsv, type CsvCell } from '../../model/csv';
import { safeFileName } from '../../model/file-name';
import { roundHalfUp } from '../../model/numbers';
import { loadReportIn } from '../../i18n/report-language';
import type { ReportModel } from '../../model/report-types';
import type { Assessment } from '../../model/schema';
import { teamCsvRows } from './team-csv';

/** A number as the screen shows it (rounded half up), still a number so toCsv writes '3,5' in Dutch. */
const shown = (x: number | null, decimals: number): CsvCell =>
  x === null ? null : roundHalfUp(x, decimals);

/**
 * The CSV's rows, all taken from the report model: the scores per element, a blank row, then the
 * action plan. Numbers stay numbers (toCsv writes the language's decimal mark); texts come from
 * the model in its language.
 */
export function resultsCsvRows(report: ReportModel): CsvCell[][] {
  const e = report.elements.columns;
  const a = report.actions.columns;
  const scores: CsvCell[][] = [
    [
      report.dimensions.columns.dimension,
      e.element,
      e.score,
      e.level,
      report.dimensions.columns.index,
      e.target,
      e.gap,
      e.importance,
      e.priority,
      e.flags,
    ],
    ...report.elements.rows.map((row) => [
      row.dimensionName,
      row.name,
      shown(row.score.value, 1),
      row.score.value === null ? null : row.score.levelName,
      row.score.index,
      row.target,
      shown(row.gap, 1),
      row.importance,
      shown(row.priority, 1),
      row.flagsText,
    ]),
  ];
  const actions: CsvCell[][] = [
    [a.element, a.description, a.owner, a.due, a.status, a.priority],
    ...report.actions.rows.map((row) => [
      row.elementName,
      row.description,
      row.owner,
      row.due,
      row.statusText,
      row.priorityText,
    ]),
  ];
  return [...scores, [], ...actions, ...teamCsvRows(report.team)];
}

/** The CSV of an assessment in its own report language (meta.language), whatever the screen shows. */
export async function buildResultsCsv(
  assessment: Assessment,
  i18n: I18n,
): Promise<{ fileName: string; text: string }> {
  const language = assessment.meta.language;
  const report = await loadReportIn(i18n, assessment, language);
  const { organisation, date } = assessment.meta;
  const title = report.meta.title;
  return {
    fileName: safeFileName([organisation, title, date], 'csv'),
    text: toCsv(resultsCsvRows(report), language),
  };
}

export async function exportResultsCsv(assessment: Assessment, i18n: I18n): Promise<void> {
  const { fileName, text } = await buildResultsCsv(assessment, i18n);
  downloadText(fileName, text, 'text/csv');
}
