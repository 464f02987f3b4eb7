import type { ReportModel } from '../../model/report-types';
import type { PdfTexts } from '../texts';
import { BODY, type PdfWriter } from '../writer';

/** Method, scale, scoring rules (the nine elements weigh equally), participants, disclaimer. */
export function drawAppendix(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  const ap = report.appendix;
  w.newPage();
  const parent = w.heading(report.sections.appendix, 1);

  w.heading(ap.method.title, 2, parent);
  w.paragraph(ap.method.text, BODY, { after: 3 });

  w.table(
    {
      head: [['', report.elements.columns.level, texts.range, texts.description]],
      body: ap.scale.levels.map((l) => [String(l.level), l.name, l.rangeText, l.descriptor]),
      styles: { fontSize: 8 },
      columnStyles: {
        0: { halign: 'right', cellWidth: 7 },
        1: { cellWidth: 25, fontStyle: 'bold' },
        2: { cellWidth: 22 },
      },
    },
    { text: ap.scale.title, level: 2, parent },
  );

  w.heading(ap.scoring.title, 2, parent);
  w.bullets(ap.scoring.rules);

  const p = report.participants;
  if (p.rows.length > 1) {
    w.table(
      {
        head: [[p.columns.name, p.columns.group, p.columns.answers, p.columns.score]],
        body: p.rows.map((r) => [r.name, r.groupText, r.answersText, r.score.text]),
        styles: { fontSize: 8 },
        columnStyles: { 3: { halign: 'right', cellWidth: 16 } },
      },
      { text: report.sections.participants, level: 2, parent },
    );
  }

  w.heading(texts.disclaimerTitle, 2, parent);
  w.paragraph(ap.disclaimer, BODY);
}
