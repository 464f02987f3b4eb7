import type { ReportModel } from '../../model/report-types';
import { BODY, type PdfWriter } from '../writer';

/** The action plan: one row per action; long descriptions wrap and rows continue on the next page. */
export function drawActions(w: PdfWriter, report: ReportModel): void {
  w.newPage();
  w.heading(report.sections.actions, 1);
  const a = report.actions;
  if (a.rows.length === 0) {
    w.paragraph(a.emptyText, BODY);
    return;
  }
  w.table({
    head: [
      [
        a.columns.element,
        a.columns.description,
        a.columns.owner,
        a.columns.due,
        a.columns.status,
        a.columns.priority,
      ],
    ],
    body: a.rows.map((r) => [
      r.elementName,
      r.description,
      r.owner,
      r.dueText,
      r.statusText,
      r.priorityText,
    ]),
    styles: { fontSize: 8 },
    columnStyles: {
      0: { cellWidth: 30 },
      2: { cellWidth: 22 },
      3: { cellWidth: 21 },
      4: { cellWidth: 'wrap' },
      5: { cellWidth: 'wrap' },
    },
  });
}
