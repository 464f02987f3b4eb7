import type { ReportModel } from '../../model/report-types';
import { MUTED, TEXT, WARNING, tint } from '../colours';
import { drawRadar } from '../radar-pdf';
import type { PdfTexts } from '../texts';
import { BODY, CONTENT_WIDTH, PAGE, type PdfWriter, type TableOptions } from '../writer';

/** How many strengths and priorities the summary lists (the full lists follow in the report). */
const TOP = 3;
const RADAR_WIDTH = 130;
/** Below this height (mm) the radar's labels get too small to read comfortably. */
const MIN_RADAR = 80;

/** The overall score in a tinted box: big number, level, index, flags and what was scored. */
function overallBox(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  const { doc, accent } = w;
  const o = report.overall;
  const height = 30;
  w.ensure(height + 4);
  const top = w.y;
  doc.setFillColor(...tint(accent, 0.08));
  doc.roundedRect(PAGE.left, top, CONTENT_WIDTH, height, 2, 2, 'F');
  doc.setFillColor(...accent);
  doc.rect(PAGE.left, top, 1.4, height, 'F');

  w.use({ size: 9, bold: true, color: MUTED });
  doc.text(w.printer.clean(o.label), PAGE.left + 6, top + 5, { baseline: 'top' });
  w.use({ size: 30, bold: true, color: accent });
  doc.text(o.score.text, PAGE.left + 6, top + 11, { baseline: 'top' });
  const numberWidth = doc.getTextWidth(o.score.text);

  const x = PAGE.left + 12 + Math.max(numberWidth, 22);
  const right = PAGE.left + CONTENT_WIDTH - 6;
  w.y = top + 10;
  const lines: { text: string; style: Parameters<PdfWriter['use']>[0] }[] = [];
  if (o.score.levelName) lines.push({ text: o.score.levelName, style: { size: 14, bold: true } });
  if (o.score.index !== null) {
    lines.push({ text: `${texts.index} ${o.score.indexText}`, style: { size: 10, color: TEXT } });
  }
  const detail = [o.flagsText, o.scoredText].filter(Boolean).join(' · ');
  lines.push({ text: detail, style: { size: 8.5, color: o.flagsText ? WARNING : MUTED } });
  for (const line of lines) {
    for (const l of w.wrap(line.text, right - x, line.style)) {
      w.use(line.style);
      doc.text(l, x, w.y, { baseline: 'top' });
      w.y += w.lineHeight(line.style);
    }
  }
  w.y = Math.max(w.y, top + height) + 5;
}

/**
 * The executive summary: overall score, the written summary, the top strengths and the top
 * priorities, then the radar,
 * and what was not assessed. (The warnings open the scores section, beside the flags they
 * explain.) Characters without a glyph are the consultant's business, warned about on screen
 * before the download: the client's summary never apologises for them.
 */
export function drawSummary(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  const radar = report.radar;
  w.newPage();
  w.heading(report.sections.summary, 1);
  overallBox(w, report, texts);
  // The written summary (the consultant's own text when given), then the figures behind it.
  for (const p of report.summary.paragraphs) w.paragraph(p, BODY, { after: 3 });
  w.space(2);

  const c = report.elements.columns;
  const strengths: TableOptions = {
    head: [[c.element, c.score, c.level]],
    body: report.strengths.items
      .slice(0, TOP)
      .map((s) => [s.name, s.score.text, s.score.levelName]),
    columnStyles: { 1: { halign: 'right', cellWidth: 18 }, 2: { cellWidth: 32 } },
  };
  const priorities: TableOptions = {
    head: [[texts.rank, c.element, c.score, c.target, c.gap, c.priority]],
    body: report.improvementAreas.items
      .slice(0, TOP)
      .map((p) => [String(p.rank), p.name, p.score.text, p.targetText, p.gapText, p.priorityText]),
    columnStyles: {
      0: { halign: 'right', cellWidth: 10 },
      2: { halign: 'right', cellWidth: 16 },
      3: { halign: 'right', cellWidth: 16 },
      4: { halign: 'right', cellWidth: 16 },
      // Wide enough for 'Prioriteit' in bold DejaVu Sans, which is wider than the old font.
      5: { halign: 'right', cellWidth: 22 },
    },
  };

  // The written summary and the top strengths and priorities first: what a manager reads. Then
  // the radar, as large as the rest of the page allows, or on the next page at its full size
  // when too little room is left to read its labels.
  if (strengths.body.length === 0) {
    w.heading(texts.topStrengths, 2);
    w.paragraph(report.strengths.emptyText, BODY);
  } else {
    w.table(strengths, { text: texts.topStrengths, level: 2 });
  }
  if (priorities.body.length === 0) {
    w.heading(texts.topPriorities, 2);
    w.paragraph(report.improvementAreas.emptyText, BODY);
  } else {
    w.table(priorities, { text: texts.topPriorities, level: 2 });
  }

  // Legend rows, plus the footnote of flagged markers.
  const legendRoom =
    (radar.teamMin || radar.previous ? 22 : 14) + (radar.flagged.length > 0 ? 10 : 0);
  const radarRoom = () => w.bottom - w.y - legendRoom - w.headingHeight(report.sections.radar, 3);
  if (radarRoom() < MIN_RADAR) w.newPage();
  w.heading(report.sections.radar, 3);
  const maxHeight = Math.min(128, w.bottom - w.y - legendRoom);
  w.y += drawRadar(w.doc, radar, w.printer, {
    x: PAGE.left + (CONTENT_WIDTH - RADAR_WIDTH) / 2,
    y: w.y,
    width: RADAR_WIDTH,
    maxHeight,
  });
  w.y += 4;
}
