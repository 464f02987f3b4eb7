import type { RowInput } from 'jspdf-autotable';
import type {
  ReportElementDetail,
  ReportModel,
  ReportStatementRow,
} from '../../model/report-types';
import { MUTED, RULE, WARNING } from '../colours';
import type { PdfTexts } from '../texts';
import { BODY, PAGE, SMALL, type Bookmark, type PdfWriter } from '../writer';

const right = { halign: 'right' } as const;
const CHECK_OPTS = { indent: 5, after: 2.5 } as const;
const CHECK_STYLE = { size: 8.5, color: MUTED } as const;
const EVIDENCE_STYLE = {
  fontSize: 7,
  textColor: [...MUTED] as [number, number, number],
  cellPadding: { top: 0, right: 1.5, bottom: 1.5, left: 4 },
};

/** 'Score 3,2 · Systematic · Index 55', with the team and agreed scores when they differ. */
function scoreLine(e: ReportElementDetail, report: ReportModel, texts: PdfTexts): string {
  const c = report.elements.columns;
  const parts = [`${texts.score} ${e.score.text}`];
  if (e.score.levelName) parts.push(e.score.levelName);
  if (e.score.index !== null) parts.push(`${texts.index} ${e.score.indexText}`);
  if (e.agreedScore) parts.push(`${c.teamScore} ${e.teamScore.text}`);
  return parts.join(' · ');
}

function spreadLine(e: ReportElementDetail, report: ReportModel, texts: PdfTexts): string | null {
  if (!e.spread) return null;
  const c = report.details.columns;
  return `${texts.spread}: ${c.min} ${e.spread.minText} · ${c.max} ${e.spread.maxText} · ${c.sd} ${e.spread.sdText}`;
}

function statementsTable(
  w: PdfWriter,
  e: ReportElementDetail,
  report: ReportModel,
  texts: PdfTexts,
): void {
  if (e.statements.length === 0) return;
  const c = report.details.columns;
  const team = report.fit.team;
  // Short headers: 'Standaarddeviatie' does not fit a number column (explained under the
  // section heading). One assessor's table shows the answer itself ("4", "n.v.t.").
  const head = team
    ? [c.statement, c.score, texts.minShort, texts.maxShort, texts.sdShort, c.answers]
    : [c.statement, c.answer];
  // Under each statement, in a row of its own: what evidence to look for and whom to ask.
  const body: RowInput[] = [];
  const statementOfRow: (ReportStatementRow | null)[] = [];
  for (const s of e.statements) {
    body.push(
      team
        ? [
            s.text,
            s.score.text,
            s.spread?.minText ?? '',
            s.spread?.maxText ?? '',
            s.spread?.sdText ?? '',
            s.answersText,
          ]
        : [s.text, s.answersText],
    );
    statementOfRow.push(s);
    if (s.evidenceText) {
      body.push([{ content: s.evidenceText, colSpan: head.length, styles: EVIDENCE_STYLE }]);
      statementOfRow.push(null);
    }
  }
  w.table(
    {
      head: [head],
      body,
      styles: { fontSize: 8 },
      columnStyles: team
        ? {
            1: { ...right, cellWidth: 13 },
            2: { ...right, cellWidth: 12 },
            3: { ...right, cellWidth: 12 },
            4: { ...right, cellWidth: 11 },
            5: { cellWidth: 36 },
          }
        : { 1: { cellWidth: 26 } },
      didParseCell: (data) => {
        // Mark a statement the team disagrees on (max - min >= 2).
        const s = statementOfRow[data.row.index];
        if (data.section === 'body' && s?.spread?.disagreement && data.column.index > 0) {
          data.cell.styles.textColor = [...WARNING];
          data.cell.styles.fontStyle = 'bold';
        }
      },
    },
    { text: report.details.labels.statements, level: 3 },
  );
}

function participantsTable(w: PdfWriter, e: ReportElementDetail, report: ReportModel): void {
  if (e.participants.length === 0) return;
  const c = report.participants.columns;
  w.table(
    {
      head: [[c.name, c.score, report.elements.columns.level, report.elements.columns.flags]],
      body: e.participants.map((p) => [
        p.name,
        p.score.text,
        p.score.levelName,
        p.flags.map((f) => f.text).join('; '),
      ]),
      styles: { fontSize: 8 },
      columnStyles: {
        1: { ...right, cellWidth: 16 },
        2: { cellWidth: 30 },
        3: { textColor: WARNING },
      },
    },
    { text: report.details.labels.participants, level: 3 },
  );
}

/** One element: about, score, statements with the team spread, notes, next steps. */
function drawElement(
  w: PdfWriter,
  e: ReportElementDetail,
  report: ReportModel,
  texts: PdfTexts,
  parent: Bookmark,
): void {
  w.paragraph(e.dimensionName.toUpperCase(), { size: 8, bold: true, color: MUTED }, { after: 0.5 });
  w.heading(e.name, 2, parent);
  w.paragraph(scoreLine(e, report, texts), { size: 11, bold: true, color: w.accent }, { after: 1 });
  const spread = spreadLine(e, report, texts);
  if (spread) w.paragraph(spread, { size: 9, color: MUTED }, { after: 1 });
  if (e.flagsText) w.paragraph(e.flagsText, { size: 9, color: WARNING }, { after: 1 });
  w.space(2);
  w.labelled(report.details.labels.about, e.about);
  w.labelled(report.details.labels.excellent, e.excellent);
  if (e.quickDescriptor) w.labelled(report.details.labels.quickLevel, e.quickDescriptor);
  statementsTable(w, e, report, texts);
  participantsTable(w, e, report);
  w.labelled(report.details.labels.notes, e.notes);
  w.labelled(report.details.labels.strengths, e.strengths);
  w.labelled(report.details.labels.improvements, e.improvements);
  if (e.nextSteps && e.nextSteps.items.length > 0) {
    // The title already says what the steps are ('Next steps from Developing to Systematic').
    w.heading(e.nextSteps.title, 3);
    const { items, checks, checkLabel } = e.nextSteps;
    items.forEach((item, i) => {
      // How the organisation will know the step works, under the step it belongs to: the two
      // stay on one page (a page that opened with the tail of a step read as a stray line).
      const check = checks[i] ? `${checkLabel} ${checks[i]}` : null;
      w.keep(
        w.paragraphHeight(item, BODY, { indent: 5, after: 2 }) +
          (check ? w.paragraphHeight(check, CHECK_STYLE, CHECK_OPTS) : 0),
      );
      w.bullets([item], BODY);
      if (check) w.paragraph(check, CHECK_STYLE, CHECK_OPTS);
    });
  }
}

/** Room an element's opening (name, score, the start of "about") needs at the foot of a page. */
const ELEMENT_START_ROOM = 70;

/**
 * One section per element, one after the other: an element that would start in the last few
 * centimetres of a page starts on the next one instead. (A page per element left pages with a
 * single overflowing bullet when an element ran a little over a page.)
 */
export function drawElements(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  w.newPage();
  const parent = w.heading(report.sections.details, 1);
  if (report.fit.team && !report.fit.quick) w.paragraph(texts.abbreviations, SMALL, { after: 4 });
  report.details.elements.forEach((e, i) => {
    if (i > 0) {
      w.space(6);
      w.ensure(ELEMENT_START_ROOM);
      if (w.y > PAGE.top) {
        w.doc.setDrawColor(...RULE);
        w.doc.setLineWidth(0.3);
        w.doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
        w.y += 5;
      }
    }
    drawElement(w, e, report, texts, parent);
  });
}
