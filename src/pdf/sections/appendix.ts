import type { ReportModel } from '../../model/report-types';
import type { PdfTexts } from '../texts';
import {
  BODY,
  PAGE,
  type Bookmark,
  type PdfWriter,
  type TableOptions,
  type TextStyle,
} from '../writer';

/** Room the appendix's opening (title, disclaimer, method) needs below the action plan. */
const START_ROOM = 80;
/** Space between the end of the action plan and an appendix that follows on the same page. */
const GAP = 14;
/** The text of an appendix that would run a little over one page, so it fits on one. */
const COMPACT: TextStyle = { size: 8.5, leading: 1.25 };

interface Block {
  height: number;
  draw(parent: Bookmark): void;
}

function textBlock(w: PdfWriter, title: string, text: string, style: TextStyle): Block {
  return {
    height: w.headingHeight(title, 2) + w.paragraphHeight(text, style, { after: 3 }),
    draw(parent) {
      w.heading(title, 2, parent);
      w.paragraph(text, style, { after: 3 });
    },
  };
}

function tableBlock(w: PdfWriter, title: string, options: TableOptions): Block {
  return {
    height: w.headingHeight(title, 2) + w.tableHeight(options).total + 4,
    draw(parent) {
      w.table(options, { text: title, level: 2, parent });
    },
  };
}

/**
 * What the report is (the disclaimer), method, scale, scoring rules (the nine elements weigh
 * equally) and participants. The disclaimer comes first: as the last block it was what ran over
 * onto a page of its own.
 */
function appendixBlocks(
  w: PdfWriter,
  report: ReportModel,
  texts: PdfTexts,
  style: TextStyle,
): Block[] {
  const ap = report.appendix;
  const blocks: Block[] = [
    textBlock(w, texts.disclaimerTitle, ap.disclaimer, style),
    textBlock(w, ap.method.title, ap.method.text, style),
    tableBlock(w, ap.scale.title, {
      head: [['', report.elements.columns.level, texts.range, texts.description]],
      body: ap.scale.levels.map((l) => [String(l.level), l.name, l.rangeText, l.descriptor]),
      styles: { fontSize: 8 },
      columnStyles: {
        0: { halign: 'right', cellWidth: 7 },
        1: { cellWidth: 25, fontStyle: 'bold' },
        2: { cellWidth: 22 },
      },
    }),
    {
      height: w.headingHeight(ap.scoring.title, 2) + w.bulletsHeight(ap.scoring.rules, style),
      draw(parent) {
        w.heading(ap.scoring.title, 2, parent);
        w.bullets(ap.scoring.rules, style);
      },
    },
  ];
  const p = report.participants;
  if (p.rows.length > 1) {
    blocks.push(
      tableBlock(w, report.sections.participants, {
        head: [[p.columns.name, p.columns.group, p.columns.answers, p.columns.score]],
        body: p.rows.map((r) => [r.name, r.groupText, r.answersText, r.score.text]),
        styles: { fontSize: 8 },
        columnStyles: { 3: { halign: 'right', cellWidth: 16 } },
      }),
    );
  }

  return blocks;
}

export function drawAppendix(w: PdfWriter, report: ReportModel, texts: PdfTexts): void {
  const title = report.sections.appendix;
  const height = (blocks: readonly Block[]) =>
    w.headingHeight(title, 1) + blocks.reduce((sum, b) => sum + b.height, 0);
  const page = w.bottom - PAGE.top;
  let blocks = appendixBlocks(w, report, texts, BODY);
  // A little over a page would leave a last page with a line or two: set it smaller instead.
  if (height(blocks) > page) {
    const compact = appendixBlocks(w, report, texts, COMPACT);
    if (height(compact) <= page) blocks = compact;
  }
  // Below a short action plan when the whole appendix fits there; on a page of its own when it
  // fits on one page; otherwise below the action plan when its opening fits, so no page ends
  // up nearly empty (a page-long appendix after a short plan used to leave both half pages).
  const total = height(blocks);
  const room = w.bottom - w.y - GAP;
  if (total <= room || (total > page && room >= START_ROOM)) w.space(GAP);
  else w.newPage();
  const parent = w.heading(title, 1);
  for (const block of blocks) block.draw(parent);
}
