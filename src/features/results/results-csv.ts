import type { i18n as I18n } from 'i18next';
import { downloadBlob, downloadText } from '../../lib/download';
import { toCsv } from '../../model/csv';
import { longCsvRows, workbookSheets } from '../../model/export-tables';
import { safeFileName } from '../../model/file-name';
import { loadReportIn } from '../../i18n/report-language';
import type { ReportModel } from '../../model/report-types';
import type { Assessment } from '../../model/schema';
import { teamCsvRows } from './team-csv';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileName(assessment: Assessment, report: ReportModel, ext: string): string {
  const { organisation, date } = assessment.meta;
  return safeFileName([organisation, report.meta.title, date], ext);
}

/**
 * The CSV of an assessment in its own report language (meta.language), whatever the screen
 * shows: one long table whose first column names the table of each row (docs/file-format.md).
 */
export async function buildResultsCsv(
  assessment: Assessment,
  i18n: I18n,
): Promise<{ fileName: string; text: string }> {
  const language = assessment.meta.language;
  const report = await loadReportIn(i18n, assessment, language);
  return {
    fileName: fileName(assessment, report, 'csv'),
    text: toCsv([...longCsvRows(report), ...teamCsvRows(report)], language),
  };
}

export async function exportResultsCsv(assessment: Assessment, i18n: I18n): Promise<void> {
  const { fileName: name, text } = await buildResultsCsv(assessment, i18n);
  downloadText(name, text, 'text/csv');
}

/** The Excel workbook, one sheet per table; its writer is fetched on the first use. */
export async function buildResultsXlsx(
  assessment: Assessment,
  i18n: I18n,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [report, { toXlsx }] = await Promise.all([
    loadReportIn(i18n, assessment, assessment.meta.language),
    import('../../model/xlsx'),
  ]);
  return { fileName: fileName(assessment, report, 'xlsx'), bytes: toXlsx(workbookSheets(report)) };
}

export async function exportResultsXlsx(assessment: Assessment, i18n: I18n): Promise<void> {
  const { fileName: name, bytes } = await buildResultsXlsx(assessment, i18n);
  downloadBlob(name, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}
