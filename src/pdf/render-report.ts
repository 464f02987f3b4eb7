/**
 * The PDF improvement report, drawn with jsPDF from the report model alone, so every number is
 * the one on screen. No DOM: it runs in the browser (reached only by dynamic import) and in Node
 * for the tests. Fonts come in as bytes; the caller fetches them from our own origin.
 */
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../model/report-types';
import type { Branding } from '../model/schema';
import { DEFAULT_ACCENT, hexToRgb, MUTED, RULE } from './colours';
import { createPrinter, FONT_FAMILY, registerFonts, type PdfFonts, type Printer } from './fonts';
import { drawActions } from './sections/actions';
import { drawAppendix } from './sections/appendix';
import { drawCover } from './sections/cover';
import { drawElements } from './sections/elements';
import { drawScores } from './sections/scores';
import { drawSummary } from './sections/summary';
import { drawTeam } from './sections/team';
import type { PdfTexts } from './texts';
import { PAGE, PdfWriter, type Bookmark } from './writer';

export type { PdfFonts } from './fonts';
export type { PdfTexts } from './texts';

/** Shortens `text` with an ellipsis to fit `width` in the current font. */
function fit(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && doc.getTextWidth(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Header (organisation, report title) on every page but the cover; footer on every page. */
function drawFrame(doc: jsPDF, report: ReportModel, texts: PdfTexts, printer: Printer): void {
  const pages = doc.getNumberOfPages();
  const half = (PAGE.width - PAGE.left - PAGE.right) / 2 - 4;
  const organisation = printer.clean(report.meta.organisation);
  const title = printer.clean(report.documentTitle);
  const footerLeft = printer.clean(
    [report.meta.title, report.meta.dateText].filter((s) => s.trim() !== '').join(' · '),
  );
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...MUTED);
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.2);
    doc.setLineDashPattern([], 0);
    if (page > 1) {
      const y = 12;
      doc.setFont(FONT_FAMILY, 'bold');
      doc.text(fit(doc, organisation, half), PAGE.left, y, { baseline: 'bottom' });
      doc.setFont(FONT_FAMILY, 'normal');
      doc.text(fit(doc, title, half), PAGE.width - PAGE.right, y, {
        baseline: 'bottom',
        align: 'right',
      });
      doc.line(PAGE.left, y + 1.5, PAGE.width - PAGE.right, y + 1.5);
    }
    const fy = PAGE.height - 12;
    doc.line(PAGE.left, fy - 4, PAGE.width - PAGE.right, fy - 4);
    doc.text(fit(doc, footerLeft, half + 20), PAGE.left, fy, { baseline: 'bottom' });
    doc.text(texts.pageOf(page, pages), PAGE.width - PAGE.right, fy, {
      baseline: 'bottom',
      align: 'right',
    });
  }
}

function addOutline(doc: jsPDF, marks: readonly Bookmark[], parent: unknown = null): void {
  for (const mark of marks) {
    const item = doc.outline.add(parent, mark.title, { pageNumber: mark.page });
    addOutline(doc, mark.children, item);
  }
}

/**
 * Renders the report. `texts` are the PDF-only texts in the report's language (see pdfTexts).
 * User text is drawn in NFC; characters the font lacks (emoji, Chinese...) print as a placeholder
 * (the screen warns before the download; the report itself does not apologise).
 */
export function renderReportPdf(
  report: ReportModel,
  branding: Branding | null,
  fonts: PdfFonts,
  texts: PdfTexts,
): jsPDF {
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    // Only the embedded fonts go into the file: no unembedded standard fonts.
    putOnlyUsedFonts: true,
  });
  const printer = createPrinter(registerFonts(doc, fonts));
  const accent = hexToRgb(branding?.accentColor ?? DEFAULT_ACCENT);
  const w = new PdfWriter(doc, printer, accent);

  const cover: Bookmark = { title: printer.clean(report.meta.title), page: 1, children: [] };
  drawCover(w, report, branding, texts);
  w.bookmarks.push(cover);
  drawSummary(w, report, texts);
  drawScores(w, report, texts);
  if (report.team) drawTeam(w, report.team, report.radar);
  drawElements(w, report, texts);
  drawActions(w, report, texts);
  drawAppendix(w, report, texts);
  drawFrame(doc, report, texts, printer);
  addOutline(doc, w.bookmarks);

  const people = [report.meta.assessor, branding?.consultantName ?? '', branding?.company ?? '']
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i);
  doc.setDocumentProperties({
    title: `${report.documentTitle}: ${report.meta.title}`,
    subject: texts.subject,
    author: people.join(', '),
    keywords: texts.keywords,
    creator: texts.creator,
  });
  // jsPDF knows 'nl' and 'en-GB' (not 'nl-NL'); 'nl' is a valid tag for Dutch.
  doc.setLanguage(report.language === 'nl' ? 'nl' : 'en-GB');
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  doc.setPage(1);
  return doc;
}
