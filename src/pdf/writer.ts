import type { jsPDF } from 'jspdf';
import {
  __createTable,
  autoTable,
  type CellInput,
  type RowInput,
  type UserOptions,
} from 'jspdf-autotable';
import { MUTED, RULE, TEXT, WHITE, type Rgb } from './colours';
import { FONT_FAMILY, type Printer } from './fonts';

/** A4 portrait in millimetres. The header sits above `top`, the footer below `height - bottom`. */
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 22 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Millimetres per typographic point. */
export const PT = 25.4 / 72;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
  /** Line height as a multiple of the font size. Default 1.35. */
  leading?: number;
}

export const BODY: TextStyle = { size: 9.5 };
export const SMALL: TextStyle = { size: 8, color: MUTED };

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

export type TableOptions = UserOptions & { head: RowInput[]; body: RowInput[] };

interface AutoTableDoc {
  lastAutoTable?: { finalY?: number };
}

/**
 * A cursor over the pages: every block checks the room left before it is drawn, text is wrapped
 * to the column with splitTextToSize and continues line by line on the next page, and every
 * string passes through the printer so the font never meets a character it cannot draw.
 */
export class PdfWriter {
  y: number = PAGE.top;
  readonly bookmarks: Bookmark[] = [];

  constructor(
    readonly doc: jsPDF,
    readonly printer: Printer,
    readonly accent: Rgb,
  ) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? 1.35) * PT;
  }

  use(style: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...(style.color ?? TEXT));
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  /** The text cleaned and wrapped to `width`; blank lines in the source stay as '' entries. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.use(style);
    const clean = this.printer.clean(text).trimEnd();
    return clean
      .split('\n')
      .flatMap((para) =>
        para.trim() === '' ? [''] : (this.doc.splitTextToSize(para, width) as string[]),
      );
  }

  /** The height paragraph() takes for `text`, the space after it included. */
  paragraphHeight(
    text: string,
    style: TextStyle = BODY,
    opts: { indent?: number; width?: number; after?: number } = {},
  ): number {
    const width = opts.width ?? CONTENT_WIDTH - (opts.indent ?? 0);
    const lh = this.lineHeight(style);
    const lines = this.wrap(text, width, style);
    const body = lines.reduce((sum, line) => sum + (line === '' ? lh * 0.5 : lh), 0);
    return body + (opts.after ?? 1.5);
  }

  /** Starts a new page unless a block of `height` fits; a block taller than a page just flows. */
  keep(height: number): void {
    if (height <= this.bottom - PAGE.top) this.ensure(height);
  }

  /** Writes wrapped text from the cursor, breaking to a new page between lines. */
  paragraph(
    text: string,
    style: TextStyle = BODY,
    opts: { indent?: number; width?: number; after?: number; align?: 'left' | 'center' } = {},
  ): void {
    const indent = opts.indent ?? 0;
    const width = opts.width ?? CONTENT_WIDTH - indent;
    const lines = this.wrap(text, width, style);
    const lh = this.lineHeight(style);
    // No lonely first line at the foot of a page.
    this.ensure(Math.min(lines.length, 2) * lh);
    for (const line of lines) {
      if (this.y + lh > this.bottom) {
        this.newPage();
        this.use(style);
      }
      if (line !== '') {
        const x = opts.align === 'center' ? PAGE.left + indent + width / 2 : PAGE.left + indent;
        this.doc.text(line, x, this.y, {
          baseline: 'top',
          align: opts.align ?? 'left',
        });
      }
      this.y += line === '' ? lh * 0.5 : lh;
    }
    this.y += opts.after ?? 1.5;
  }

  private headingStyle(level: 1 | 2 | 3): TextStyle {
    return level === 1
      ? { size: 17, bold: true, color: this.accent, leading: 1.2 }
      : level === 2
        ? { size: 13, bold: true, leading: 1.25 }
        : { size: 10.5, bold: true, leading: 1.3 };
  }

  /** The height heading() takes, space above and below included. */
  headingHeight(text: string, level: 1 | 2 | 3): number {
    const style = this.headingStyle(level);
    const lines = this.wrap(text, CONTENT_WIDTH, style).length;
    const before = level === 1 ? 0 : level === 2 ? 4 : 2.5;
    const after = level === 1 ? 5 : level === 2 ? 1.5 : 1;
    return before + lines * this.lineHeight(style) + after;
  }

  /** A section title (level 1 opens the outline entry), kept together with what follows. */
  heading(text: string, level: 1 | 2 | 3, parent?: Bookmark): Bookmark {
    const style = this.headingStyle(level);
    const lines = this.wrap(text, CONTENT_WIDTH, style);
    const height = lines.length * this.lineHeight(style);
    const before = level === 1 ? 0 : level === 2 ? 4 : 2.5;
    // Keep a heading with at least a few lines of its content.
    if (this.y > PAGE.top) this.y += before;
    this.ensure(height + (level === 3 ? 20 : 24));
    const mark: Bookmark = { title: this.printer.clean(text), page: this.page, children: [] };
    this.use(style);
    for (const line of lines) {
      this.doc.text(line, PAGE.left, this.y, { baseline: 'top' });
      this.y += this.lineHeight(style);
    }
    if (level === 1) {
      this.doc.setDrawColor(...this.accent);
      this.doc.setLineWidth(0.6);
      this.doc.line(PAGE.left, this.y + 0.8, PAGE.left + 24, this.y + 0.8);
      this.y += 5;
    } else {
      this.y += level === 2 ? 1.5 : 1;
    }
    if (level === 1) this.bookmarks.push(mark);
    else parent?.children.push(mark);
    return mark;
  }

  /** A small bold label above a block of text; the pair never splits across pages. */
  labelled(label: string, text: string): void {
    if (text.trim() === '') return;
    const ls: TextStyle = { size: 9, bold: true, color: this.accent };
    this.ensure(this.lineHeight(ls) + 2 * this.lineHeight(BODY) + 1);
    this.paragraph(label, ls, { after: 0.3 });
    this.paragraph(text, BODY, { after: 2.5 });
  }

  /** The height bullets() takes for `items`. */
  bulletsHeight(items: readonly string[], style: TextStyle = BODY): number {
    const lh = this.lineHeight(style);
    const lines = items.reduce(
      (n, item) => n + this.wrap(item, CONTENT_WIDTH - 5, style).length,
      0,
    );
    return lines * lh + items.length + 1;
  }

  bullets(items: readonly string[], style: TextStyle = BODY): void {
    const lh = this.lineHeight(style);
    for (const item of items) {
      const lines = this.wrap(item, CONTENT_WIDTH - 5, style);
      this.ensure(Math.min(lines.length, 2) * lh);
      lines.forEach((line, i) => {
        if (this.y + lh > this.bottom) {
          this.newPage();
          this.use(style);
        }
        if (i === 0) {
          this.doc.setFillColor(...this.accent);
          this.doc.circle(PAGE.left + 1.4, this.y + lh * 0.42, 0.6, 'F');
        }
        this.doc.text(line, PAGE.left + 5, this.y, { baseline: 'top' });
        this.y += lh;
      });
      this.y += 1;
    }
    this.y += 1;
  }

  /** The options as drawn: house styles, cleaned text, page margins, starting at the cursor. */
  private tableOptions(options: TableOptions): UserOptions {
    const clean = (row: RowInput): RowInput =>
      Array.isArray(row) ? row.map((cell) => this.cleanCell(cell)) : row;
    return {
      theme: 'grid',
      showHead: 'everyPage',
      rowPageBreak: 'auto',
      ...options,
      head: options.head.map(clean),
      body: options.body.map(clean),
      startY: this.y,
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      styles: {
        font: FONT_FAMILY,
        fontStyle: 'normal',
        fontSize: 8.5,
        textColor: TEXT,
        lineColor: RULE,
        lineWidth: 0.2,
        cellPadding: { top: 1.4, bottom: 1.4, left: 1.8, right: 1.8 },
        overflow: 'linebreak',
        valign: 'top',
        ...options.styles,
      },
      headStyles: {
        fillColor: this.accent,
        textColor: WHITE,
        fontStyle: 'bold',
        valign: 'bottom',
        ...options.headStyles,
      },
    };
  }

  /** The height of a table as it would be drawn, laid out by autotable without drawing it. */
  tableHeight(options: TableOptions): { total: number; firstRow: number } {
    const table = __createTable(this.doc, this.tableOptions(options));
    const head = table.getHeadHeight(table.columns);
    const rows = table.body.map((r) => r.height);
    return { total: head + rows.reduce((a, b) => a + b, 0), firstRow: head + (rows[0] ?? 0) };
  }

  /**
   * An autotable at the cursor, with its title: header row repeated on every page, long rows
   * split across pages, every text cleaned for the font. A table that fits on a page is never
   * split (it starts on the next page with its title instead); a longer one starts where at
   * least its title, header and first row fit.
   */
  table(options: TableOptions, title?: { text: string; level: 2 | 3; parent?: Bookmark }): void {
    const { total, firstRow } = this.tableHeight(options);
    const titleHeight = title ? this.headingHeight(title.text, title.level) : 0;
    const page = PAGE.height - PAGE.bottom - PAGE.top;
    if (titleHeight + total <= page - 4) this.ensure(titleHeight + total);
    else this.ensure(titleHeight + firstRow);
    if (title) this.heading(title.text, title.level, title.parent);
    autoTable(this.doc, this.tableOptions(options));
    const finalY = (this.doc as unknown as AutoTableDoc).lastAutoTable?.finalY ?? this.y;
    this.y = finalY + 4;
  }

  private cleanCell(cell: CellInput): CellInput {
    if (typeof cell === 'string') return this.printer.clean(cell);
    if (cell && typeof cell === 'object' && !Array.isArray(cell) && 'content' in cell) {
      const content = cell.content;
      return {
        ...cell,
        content: typeof content === 'string' ? this.printer.clean(content) : content,
      };
    }
    return cell;
  }
}
