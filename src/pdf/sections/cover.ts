import type { ReportModel } from '../../model/report-types';
import type { Branding } from '../../model/schema';
import { MUTED, TEXT, tint } from '../colours';
import type { PdfTexts } from '../texts';
import { CONTENT_WIDTH, PAGE, SMALL, type PdfWriter } from '../writer';

const LOGO_BOX = { width: 60, height: 28 } as const;

/** Draws the logo in the top-right box, scaled to fit; false when it cannot be read. */
function drawLogo(w: PdfWriter, logo: string): boolean {
  try {
    const props = w.doc.getImageProperties(logo);
    if (!props.width || !props.height) return false;
    const scale = Math.min(LOGO_BOX.width / props.width, LOGO_BOX.height / props.height);
    const width = props.width * scale;
    const height = props.height * scale;
    w.doc.addImage(logo, 'PNG', PAGE.width - PAGE.right - width, 22, width, height, 'logo', 'FAST');
    return true;
  } catch {
    // A logo that does not decode is left out: the cover is still complete without it.
    return false;
  }
}

/**
 * The cover: accent band, logo (when there is one), the report's title, the assessment's title
 * and organisation, the facts (scope, date, assessor, kind, participants), who prepared it, and
 * the disclaimer. No header: the footer with the page number is added later, as on every page.
 */
export function drawCover(
  w: PdfWriter,
  report: ReportModel,
  branding: Branding | null,
  texts: PdfTexts,
): void {
  const { doc, accent } = w;
  doc.setFillColor(...accent);
  doc.rect(0, 0, PAGE.width, 10, 'F');
  if (branding?.logo) drawLogo(w, branding.logo);

  w.y = 88;
  doc.setFillColor(...accent);
  const blockTop = w.y;
  w.paragraph(
    report.documentTitle,
    { size: 28, bold: true, color: accent, leading: 1.15 },
    {
      indent: 6,
      after: 3,
    },
  );
  w.paragraph(report.meta.title, { size: 16, color: TEXT, leading: 1.25 }, { indent: 6, after: 2 });
  w.paragraph(report.meta.organisation, { size: 13, bold: true, color: MUTED }, { indent: 6 });
  doc.setFillColor(...accent);
  doc.rect(PAGE.left, blockTop, 2.2, w.y - blockTop - 1.5, 'F');

  // The facts, as a two-column list on a light wash of the accent colour.
  const allFacts: [string, string][] = [
    [report.meta.labels.organisation, report.meta.organisation],
    [report.meta.labels.scope, report.meta.scope],
    [report.meta.labels.date, report.meta.dateText],
    [report.meta.labels.assessor, report.meta.assessor],
    [report.meta.labels.kind, report.kindText],
    [report.meta.labels.participants, String(report.participants.rows.length)],
  ];
  const facts = allFacts.filter(([, value]) => value.trim() !== '');
  w.y = Math.max(w.y + 14, 160);
  const factsTop = w.y;
  w.table({
    head: [],
    body: facts.map(([label, value]) => [label, value]),
    theme: 'plain',
    styles: {
      fontSize: 10,
      lineWidth: 0,
      cellPadding: { top: 1.6, bottom: 1.6, left: 4, right: 4 },
    },
    columnStyles: {
      0: { cellWidth: 48, textColor: MUTED, fontStyle: 'bold' },
      1: { cellWidth: CONTENT_WIDTH - 48 },
    },
    bodyStyles: { fillColor: tint(accent, 0.08) },
  });
  doc.setFillColor(...accent);
  doc.rect(PAGE.left, factsTop, 0.8, w.y - 4 - factsTop, 'F');

  const prepared = [branding?.consultantName ?? '', branding?.company ?? '']
    .map((s) => s.trim())
    .filter(Boolean);
  const disclaimerLines = w.wrap(report.disclaimer, CONTENT_WIDTH, SMALL);
  const disclaimerTop = PAGE.height - PAGE.bottom - disclaimerLines.length * w.lineHeight(SMALL);
  if (prepared.length > 0) {
    w.y = Math.max(w.y + 6, disclaimerTop - 26);
    w.paragraph(texts.preparedBy, { size: 9, bold: true, color: accent }, { after: 0.5 });
    w.paragraph(prepared.join('\n'), { size: 11 }, { after: 0 });
  }
  w.y = Math.max(w.y + 4, disclaimerTop);
  doc.setDrawColor(...tint(accent, 0.3));
  doc.setLineWidth(0.3);
  doc.line(PAGE.left, w.y - 2, PAGE.width - PAGE.right, w.y - 2);
  w.paragraph(report.disclaimer, SMALL, { after: 0 });
}
