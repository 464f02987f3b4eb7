import type { ReportModel } from '../../model/report-types';
import { TEXT, WARNING } from '../colours';
import type { PdfTexts } from '../texts';
import { CONTENT_WIDTH, PAGE, SMALL, type PdfWriter } from '../writer';

const right = { halign: 'right' } as const;

/** Warnings (insufficient answers, not assessed, disagreement...) in a bordered box. */
function warningsBox(w: PdfWriter, report: ReportModel): void {
  if (report.warnings.length === 0) return;
  w.heading(report.sections.warnings, 3);
  const top = w.y;
  const startPage = w.page;
  w.y += 2;
  for (const warning of report.warnings) {
    w.paragraph(warning.text, { size: 9, color: TEXT }, { indent: 4, width: CONTENT_WIDTH - 8 });
  }
  if (w.page === startPage) {
    w.doc.setDrawColor(...WARNING);
    w.doc.setLineWidth(0.5);
    w.doc.line(PAGE.left, top, PAGE.left, w.y);
  }
  w.y += 2;
}

/**
 * Scores by dimension and by element: score, level, (team and agreed score, spread when there
 * are several participants), target, gap, importance, priority and flags.
 */
export function drawScores(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  w.newPage();
  w.heading(report.sections.scores, 1);
  warningsBox(w, report);
  // What was not assessed, before the tables that mark it: drawn after them it was the block
  // that ran over onto a page of its own.
  if (report.notAssessed.items.length > 0) {
    w.heading(report.sections.notAssessed, 3);
    w.paragraph(report.notAssessed.text, SMALL);
    w.bullets(report.notAssessed.items.map((i) => i.name));
  }

  const d = report.dimensions.columns;
  w.table(
    {
      head: [[d.dimension, d.score, d.level, d.index, d.flags]],
      body: report.dimensions.rows.map((r) => [
        r.name,
        r.score.text,
        r.score.levelName,
        r.score.indexText,
        r.flagsText,
      ]),
      columnStyles: {
        1: { ...right, cellWidth: 14 },
        2: { cellWidth: 26 },
        3: { ...right, cellWidth: 17 },
        4: { cellWidth: 32, textColor: WARNING },
      },
    },
    { text: texts.dimensions, level: 2 },
  );

  const c = report.elements.columns;
  const rows = report.elements.rows;
  // Numbers and level names never wrap (a column as wide as its widest entry); the element name
  // and the remarks share the rest.
  const num = { ...right, cellWidth: 'wrap' } as const;
  w.table(
    {
      head: [[c.element, c.score, c.level, c.target, c.gap, c.importance, c.priority, c.flags]],
      body: rows.map((r) => [
        r.name,
        r.score.text,
        r.score.levelName,
        r.targetText,
        r.gapText,
        r.importanceText,
        r.priorityText,
        r.flagsText,
      ]),
      columnStyles: {
        1: num,
        2: { cellWidth: 'wrap' },
        3: num,
        4: num,
        5: num,
        6: num,
        7: { textColor: WARNING, cellWidth: 30 },
      },
    },
    { text: texts.elements, level: 2 },
  );

  // With several participants or agreed scores, a second table: where the score in use comes from.
  const team = rows.some((r) => r.spread !== null);
  const agreed = rows.some((r) => r.agreedScore !== null);
  if (team || agreed) {
    const head = [c.element, c.teamScore];
    if (agreed) head.push(c.agreedScore);
    if (team) head.push(c.spread);
    head.push(c.score);
    w.table(
      {
        head: [head],
        body: rows.map((r) => {
          const cells = [r.name, r.teamScore.text];
          if (agreed) cells.push(r.agreedScore?.text ?? '');
          if (team) cells.push(r.spread ? `${r.spread.minText}–${r.spread.maxText}` : '');
          cells.push(r.score.text);
          return cells;
        }),
        columnStyles: { 1: num, 2: num, 3: num, 4: num },
      },
      { text: texts.teamScores, level: 2 },
    );
  }

  if (report.comparison) {
    const cmp = report.comparison;
    w.heading(report.sections.comparison, 2);
    w.paragraph(`${cmp.previousTitle} (${cmp.previousDateText})`, SMALL);
    if (cmp.editionsText) w.paragraph(cmp.editionsText, SMALL);
    w.table({
      head: [[cmp.columns.element, cmp.columns.previous, cmp.columns.current, cmp.columns.delta]],
      body: cmp.rows.map((r) => [r.name, r.previousText, r.currentText, r.deltaText]),
      columnStyles: {
        1: { ...right, cellWidth: 24 },
        2: { ...right, cellWidth: 24 },
        3: { ...right, cellWidth: 20 },
      },
    });
    w.paragraph(cmp.overall.text);
  }
}
