import type { ReportModel } from '../../model/report-types';
import type { PdfTexts } from '../texts';
import { BODY, type PdfWriter } from '../writer';

/**
 * The action plan: one numbered row per action (the numbers the screen and the CSV use). The
 * description gets the width that is left after the short columns, so long texts wrap in a wide
 * column; rows continue on the next page.
 */
export function drawActions(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
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
        texts.rank,
        a.columns.description,
        a.columns.element,
        a.columns.owner,
        a.columns.due,
        a.columns.status,
        a.columns.priority,
      ],
    ],
    body: a.rows.map((r, i) => [
      String(i + 1),
      r.description,
      r.elementName,
      r.owner,
      r.dueText,
      r.statusText,
      r.priorityText,
    ]),
    styles: { fontSize: 8 },
    columnStyles: {
      0: { halign: 'right', cellWidth: 9 },
      2: { cellWidth: 28 },
      3: { cellWidth: 20 },
      4: { cellWidth: 19 },
      5: { cellWidth: 'wrap' },
      6: { cellWidth: 'wrap' },
    },
  });
}
