/**
 * The browser's way in to the PDF: reached only through import() from the report button, so
 * jsPDF, autotable and the font URLs stay out of the first page load. The fonts are files Vite
 * emits next to the app (same origin); they are fetched on the first PDF and kept for the next.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url&no-inline';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url&no-inline';
import i18n from '../i18n/i18n';
import { safeFileName } from '../model/file-name';
import { loadReportIn, reportTranslate } from '../i18n/report-language';
import type { Assessment, Branding, Language } from '../model/schema';
import type { PdfFonts } from './fonts';
import { renderReportPdf } from './render-report';
import { pdfTexts } from './texts';

let fonts: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Fetches regular and bold once per page load; a failed fetch is tried again next time. */
export function loadPdfFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = null;
      throw error;
    },
  );
  return fonts;
}

export interface MadePdf {
  blob: Blob;
  fileName: string;
}

/**
 * Builds the improvement report of `assessment` in `language` (independent of the UI language)
 * and returns it as a Blob with a file name made of organisation, title and date.
 */
export async function makeReportPdf(
  assessment: Assessment,
  language: Language,
  branding: Branding | null,
  previous: Assessment | null = null,
): Promise<MadePdf> {
  const [loadedFonts, report] = await Promise.all([
    loadPdfFonts(),
    loadReportIn(i18n, assessment, language, { previous }),
  ]);
  const texts = pdfTexts(reportTranslate(i18n, language), assessment.meta.organisation);
  const doc = renderReportPdf(report, branding, loadedFonts, texts);
  const { organisation, date } = assessment.meta;
  const title = report.meta.title;
  return {
    blob: doc.output('blob'),
    fileName: safeFileName([organisation, title, date], 'pdf'),
  };
}
