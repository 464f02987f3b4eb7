import { reportGroupsRadarScene } from '../../model/radar-scene';
import type { ReportRadar, ReportTeam } from '../../model/report-types';
import { MUTED, RULE, TEXT, WARNING, WHITE } from '../colours';
import { PDF_RADAR_LAYOUT, drawRadarScene } from '../radar-pdf';
import {
  CONTENT_WIDTH,
  PAGE,
  PT,
  SMALL,
  type Bookmark,
  type PdfWriter,
  type TableOptions,
} from '../writer';

const right = { halign: 'right' } as const;

/** The seven-column team table's header type: small enough that no header word is broken. */
const HEAD_SIZE = 7.5;

/**
 * Per column the width its longest header word needs (bold, plus the cell padding): the number
 * columns get just that, so autotable wraps "Afgesproken score" between the words, never inside
 * one ("Teamscor-e"), and the element names keep the room that is left.
 */
function wholeWords(w: PdfWriter, head: readonly string[], size: number) {
  w.use({ size, bold: true });
  return head.map((label) => ({ cellWidth: wordWidth(w, [label]) }));
}

/** The element names' longest word in body type, so no name is broken inside a word. */
function longestWord(w: PdfWriter, texts: readonly string[], size: number): number {
  w.use({ size });
  return wordWidth(w, texts);
}

/** The widest word of `texts` in the current font, plus the cell padding. */
function wordWidth(w: PdfWriter, texts: readonly string[]): number {
  const words = texts.flatMap((t) => w.printer.clean(t).split(/\s+/));
  return Math.max(0, ...words.map((word) => w.doc.getTextWidth(word))) + 2 * 1.8 + 0.6;
}

/** The groups' radar: as wide as the report's own radar, a little lower. */
const GROUPS_RADAR = { width: 130, maxHeight: 118 };

/**
 * A workshop's team and group section: team and agreed scores with reasons and the spread per
 * element, the unnamed dot plot of the spread, what to discuss, the groups' scores with their
 * radar and the perception gaps (groups under 3 answers are not in the model, so they cannot be
 * printed).
 */
export function drawTeam(w: PdfWriter, team: ReportTeam, radar: ReportRadar): void {
  w.newPage();
  const top = w.heading(team.title, 1);
  w.paragraph(team.intro, SMALL);
  const c = team.columns;
  const head = [c.element, c.team, c.agreed, c.spread, c.answers, c.dontKnow, c.reason];
  const words = wholeWords(w, head, HEAD_SIZE);
  const fit = (i: number) => words[i] ?? { cellWidth: 0 };
  w.table({
    head: [head],
    headStyles: { fontSize: HEAD_SIZE },
    body: team.rows.map((r) => [
      r.name,
      r.teamText,
      r.agreedText,
      r.spreadText,
      String(r.answers),
      String(r.dontKnow),
      r.reason,
    ]),
    columnStyles: {
      0: {
        minCellWidth: longestWord(
          w,
          team.rows.map((r) => r.name),
          8.5,
        ),
      },
      1: { ...right, ...fit(1) },
      2: { ...right, ...fit(2) },
      3: { ...right, ...fit(3) },
      4: { ...right, ...fit(4) },
      5: { ...right, ...fit(5) },
      6: { cellWidth: 'auto' },
    },
  });

  drawSpread(w, team, top);

  w.heading(team.discuss.title, 2, top);
  if (team.discuss.items.length === 0) w.paragraph(team.discuss.emptyText, SMALL);
  else w.bullets(team.discuss.items);

  const groupsTable = {
    head: [[c.element, ...team.groups.columns]],
    body: team.groups.rows.map((r) => [r.name, ...r.cells]),
    columnStyles: Object.fromEntries(team.groups.columns.map((_, i) => [i + 1, right])),
  };
  const groupsIntro = [team.groups.intro, ...team.groups.notes];
  keepTogether(
    w,
    team.groups.title,
    groupsIntro,
    team.groups.columns.length > 0 ? groupsTable : null,
  );
  w.heading(team.groups.title, 2, top);
  for (const text of groupsIntro) w.paragraph(text, SMALL);
  if (team.groups.columns.length > 0) {
    w.table(groupsTable);
    const scene = reportGroupsRadarScene(radar, team.groups, {
      layout: PDF_RADAR_LAYOUT,
      clean: (t) => w.printer.clean(t),
    });
    if (scene) {
      // The legend lists the scores line and every group: room for two rows of it.
      w.ensure(w.headingHeight(team.groups.radarTitle, 3) + GROUPS_RADAR.maxHeight + 16);
      w.heading(team.groups.radarTitle, 3, top);
      w.y += drawRadarScene(w.doc, scene, {
        x: PAGE.left + (CONTENT_WIDTH - GROUPS_RADAR.width) / 2,
        y: w.y,
        width: GROUPS_RADAR.width,
        maxHeight: GROUPS_RADAR.maxHeight,
      });
      w.y += 2;
    }
  }

  if (team.gaps.items.length > 0) {
    const tables = team.gaps.items.map((pair) => ({
      title: pair.title,
      options: {
        head: [[team.gaps.columns.element, pair.a, pair.b, team.gaps.columns.gap, '']],
        body: pair.rows.map((r) => [
          r.name,
          r.aText,
          r.bText,
          r.gapText,
          r.flagged ? team.gaps.flagText : '',
        ]),
        columnStyles: {
          1: right,
          2: right,
          3: right,
          4: { cellWidth: 'wrap', textColor: WARNING },
        },
      } satisfies TableOptions,
    }));
    // The heading, its intro and the first pair's chart stay together.
    const first = team.gaps.items[0]!;
    const intro = w.wrap(team.gaps.intro, CONTENT_WIDTH, SMALL).length * w.lineHeight(SMALL);
    w.ensure(
      w.headingHeight(team.gaps.title, 2) +
        intro +
        w.headingHeight(first.title, 3) +
        gapChartHeight(w, first) +
        4,
    );
    const gapsMark = w.heading(team.gaps.title, 2, top);
    w.paragraph(team.gaps.intro, SMALL);
    team.gaps.items.forEach((pair, i) => {
      drawGapChart(w, pair, team.gaps.flagText, gapsMark);
      w.table(tables[i]!.options);
    });
  }
}

type GapPair = ReportTeam['gaps']['items'][number];

/** The gap chart's proportions in mm: names left, the 1 to 5 scale, the gap and its flag right. */
const GAP_PLOT = { label: 58, right: 34, dot: 1.3, minRow: 6.5, size: 8 };

const GAP_LEGEND = 6;
const GAP_SCALE = 5;

/** The chart's rows: each element's name wrapped into the label column, and the row's height. */
function gapRows(w: PdfWriter, pair: GapPair) {
  const style = { size: GAP_PLOT.size };
  const lh = w.lineHeight(style);
  return pair.rows.map((r) => {
    const lines = w.wrap(r.name, GAP_PLOT.label - 4, style);
    return { r, lines, height: Math.max(GAP_PLOT.minRow, lines.length * lh + 1.5) };
  });
}

/** The chart's height below its title: legend, scale and rows. */
function gapChartHeight(w: PdfWriter, pair: GapPair): number {
  return GAP_LEGEND + GAP_SCALE + gapRows(w, pair).reduce((n, x) => n + x.height, 0);
}

/**
 * One pair's perception gaps as a dumbbell per element, in the model's order (largest gap
 * first): a filled dot at group A's score, a ring at group B's, the line between them, and at the
 * right the gap as a number with the flag as words, so a large gap never rests on colour alone.
 * The legend tells the two groups apart by shape. Kept on one page with its title and scale.
 */
function drawGapChart(w: PdfWriter, pair: GapPair, flagText: string, parent: Bookmark): void {
  const doc = w.doc;
  const x0 = PAGE.left + GAP_PLOT.label;
  const x1 = PAGE.left + CONTENT_WIDTH - GAP_PLOT.right;
  const X = (v: number) => x0 + ((v - 1) / 4) * (x1 - x0);
  const rows = gapRows(w, pair);
  w.ensure(w.headingHeight(pair.title, 3) + gapChartHeight(w, pair) + 2);
  w.heading(pair.title, 3, parent);

  // The legend: a filled dot for A, a ring for B, each with its group's name.
  const ly = w.y + GAP_LEGEND / 2;
  let lx = PAGE.left;
  const mark = (filled: boolean, x: number, y: number) => {
    doc.setLineWidth(0.4);
    doc.setDrawColor(...w.accent);
    doc.setFillColor(...(filled ? w.accent : WHITE));
    // The ring is a little larger, so a filled dot on the same score shows inside it.
    doc.circle(x, y, filled ? GAP_PLOT.dot : GAP_PLOT.dot + 0.5, 'FD');
  };
  for (const [filled, name] of [
    [true, pair.a],
    [false, pair.b],
  ] as const) {
    mark(filled, lx + GAP_PLOT.dot, ly);
    w.use({ size: GAP_PLOT.size });
    const label = w.printer.clean(name);
    doc.text(label, lx + 2 * GAP_PLOT.dot + 1.5, ly, { baseline: 'middle' });
    lx += 2 * GAP_PLOT.dot + 1.5 + doc.getTextWidth(label) + 8;
  }
  w.y += GAP_LEGEND;

  drawScale(w, X, GAP_SCALE, GAP_PLOT.size);

  for (const { r, lines, height } of rows) {
    const mid = w.y + height / 2;
    drawRowBase(w, lines, mid, X, GAP_PLOT.size, 0.8);
    if (r.aValue !== null && r.bValue !== null) {
      doc.setDrawColor(...(r.flagged ? WARNING : TEXT));
      doc.setLineWidth(r.flagged ? 1.1 : 0.6);
      doc.line(X(r.aValue), mid, X(r.bValue), mid);
    }
    if (r.bValue !== null) mark(false, X(r.bValue), mid);
    if (r.aValue !== null) mark(true, X(r.aValue), mid);
    w.use({ size: GAP_PLOT.size, bold: r.flagged });
    doc.text(r.gapText, x1 + 14, mid, { align: 'right', baseline: 'middle' });
    if (r.flagged) {
      w.use({ size: GAP_PLOT.size, color: WARNING });
      doc.text(w.printer.clean(flagText), x1 + 16, mid, { baseline: 'middle' });
    }
    w.y += height;
  }
  doc.setLineWidth(0.2);
  w.y += 2 * PT;
}

/**
 * Starts a new page unless a level-2 heading, its small-print paragraphs and the first table
 * (with its own level-3 title) fit below the cursor, so a heading never stands alone at the foot
 * of a page while its table opens the next.
 */
function keepTogether(
  w: PdfWriter,
  heading: string,
  paragraphs: readonly string[],
  table: TableOptions | null,
  tableTitle?: string,
): void {
  const lines = paragraphs.reduce((n, p) => n + w.wrap(p, CONTENT_WIDTH, SMALL).length, 0);
  const tableHeight = table ? w.tableHeight(table).total : 0;
  const titleHeight = tableTitle ? w.headingHeight(tableTitle, 3) : 0;
  const needed =
    w.headingHeight(heading, 2) + lines * w.lineHeight(SMALL) + titleHeight + tableHeight + 6;
  // A table longer than a page breaks anyway; then the heading and paragraphs need only room of their own.
  if (needed <= w.bottom - PAGE.top) w.ensure(needed);
}

/** The dot plot's proportions in mm: element names on the left, the 1 to 5 scale on the right. */
const PLOT = { label: 62, right: 6, dot: 1.15, minRow: 8, size: 8 };

/**
 * The spread per element as an unnamed dot plot: one dot per participant's element score on a 1
 * to 5 scale (a number beside a dot when several gave that score), a bar at the team score. It is
 * kept on one page, so the scale above it stays in view.
 */
function drawSpread(w: PdfWriter, team: ReportTeam, parent: Bookmark): void {
  const doc = w.doc;
  const x0 = PAGE.left + PLOT.label;
  const x1 = PAGE.left + CONTENT_WIDTH - PLOT.right;
  const X = (v: number) => x0 + ((v - 1) / 4) * (x1 - x0);
  const style = { size: PLOT.size };
  const lh = w.lineHeight(style);
  const rows = team.rows.map((r) => {
    const lines = w.wrap(r.name, PLOT.label - 4, style);
    return { r, lines, height: Math.max(PLOT.minRow, lines.length * lh + 2) };
  });
  const scaleHeight = 5;
  const plotHeight = scaleHeight + rows.reduce((n, x) => n + x.height, 0);
  const introHeight = w.wrap(team.spread.intro, CONTENT_WIDTH, SMALL).length * w.lineHeight(SMALL);
  w.ensure(w.headingHeight(team.spread.title, 2) + introHeight + plotHeight + 2);
  w.heading(team.spread.title, 2, parent);
  w.paragraph(team.spread.intro, SMALL);
  w.y += 1;

  drawScale(w, X, scaleHeight, PLOT.size);

  for (const { r, lines, height } of rows) {
    const mid = w.y + height / 2;
    drawRowBase(w, lines, mid, X, PLOT.size, 1);

    const counts = new Map<number, number>();
    for (const d of r.dots) counts.set(d, (counts.get(d) ?? 0) + 1);
    doc.setFillColor(...w.accent);
    doc.setDrawColor(255, 255, 255);
    doc.setLineWidth(0.2);
    for (const [value, count] of counts) {
      doc.circle(X(value), mid, PLOT.dot, 'FD');
      if (count > 1) {
        w.use({ size: 6, color: TEXT });
        doc.text(String(count), X(value), mid - PLOT.dot - 0.4, {
          align: 'center',
          baseline: 'bottom',
        });
        doc.setFillColor(...w.accent);
      }
    }
    if (r.team !== null) {
      doc.setDrawColor(...TEXT);
      doc.setLineWidth(0.7);
      doc.line(X(r.team), mid - 2.6, X(r.team), mid + 2.6);
    }
    w.y += height;
  }
  doc.setLineWidth(0.2);
  // Room between the chart and the table that follows it.
  w.y += 3;
}

/** The 1 to 5 scale above a plot's rows; moves the cursor below it. */
function drawScale(w: PdfWriter, X: (v: number) => number, height: number, size: number): void {
  w.use({ size, color: MUTED });
  for (let v = 1; v <= 5; v++) {
    w.doc.text(String(v), X(v), w.y + height / 2, { align: 'center', baseline: 'middle' });
  }
  w.y += height;
}

/** A plot row's element name (its wrapped lines centred on `mid`) and its 1 to 5 axis with ticks. */
function drawRowBase(
  w: PdfWriter,
  lines: readonly string[],
  mid: number,
  X: (v: number) => number,
  size: number,
  tick: number,
): void {
  const doc = w.doc;
  const lh = w.lineHeight({ size });
  w.use({ size });
  lines.forEach((line, i) =>
    doc.text(line, PAGE.left, mid - ((lines.length - 1) * lh) / 2 + i * lh, {
      baseline: 'middle',
    }),
  );
  doc.setDrawColor(...RULE);
  doc.setLineWidth(0.3);
  doc.line(X(1), mid, X(5), mid);
  for (let v = 1; v <= 5; v++) doc.line(X(v), mid - tick, X(v), mid + tick);
}
