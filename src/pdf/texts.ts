import type { Translate } from '../model/report-types';

/**
 * The few texts only the printed report needs (page numbers, the cover's "prepared by"), in the
 * report's language. Everything else comes from the report
 * model. Keys live in the `report` namespace under `pdf.`.
 */
export interface PdfTexts {
  /** 'Page {{page}} of {{pages}}' with the numbers filled in. */
  pageOf: (page: number, pages: number) => string;
  preparedBy: string;
  subject: string;
  keywords: string;
  creator: string;
  index: string;
  topStrengths: string;
  topPriorities: string;
  dimensions: string;
  elements: string;
  score: string;
  spread: string;
  disclaimerTitle: string;
  rank: string;
  teamScores: string;
  minShort: string;
  maxShort: string;
  sdShort: string;
  abbreviations: string;
  effective: string;
  range: string;
  description: string;
}

/** Reads the PDF texts with a translate function bound to the report's language. */
export function pdfTexts(t: Translate, organisation: string): PdfTexts {
  const p = (key: string, vars?: Record<string, unknown>) => t(`report:pdf.${key}`, vars);
  return {
    pageOf: (page, pages) => p('pageOf', { page, pages }),
    preparedBy: p('preparedBy'),
    subject: p('subject', { organisation }),
    keywords: p('keywords'),
    creator: p('creator'),
    index: p('index'),
    topStrengths: p('topStrengths'),
    topPriorities: p('topPriorities'),
    dimensions: p('dimensions'),
    elements: p('elements'),
    score: p('score'),
    spread: p('spread'),
    disclaimerTitle: p('disclaimerTitle'),
    rank: p('rank'),
    teamScores: p('teamScores'),
    minShort: p('minShort'),
    maxShort: p('maxShort'),
    sdShort: p('sdShort'),
    abbreviations: p('abbreviations'),
    effective: p('effective'),
    range: p('range'),
    description: p('description'),
  };
}
