/**
 * What a consultant's own executive summary was written against: the figures the summary speaks
 * of, as one short, language-free text (the overall score and, per element, the score as shown,
 * the target, the importance and the team's disagreement; the previous assessment's scores for a
 * reassessment). It is saved with the text; when today's figures differ, the text may no longer
 * say what the figures say, and the results page and the PDF download say so.
 */
import { ELEMENT_IDS, type ElementId } from './framework';
import type { Results } from './results';
import type { Assessment } from './schema';

const shown = (score: { display: number } | null) => (score === null ? '-' : String(score.display));

/** The basis of `results` (and of the previous assessment's, for a reassessment). */
export function summaryBasis(results: Results, previous: Results | null = null): string {
  const parts = [`overall=${shown(results.overall.score)}`];
  for (const e of results.elements) {
    const disagree = e.disagreement ? '/!' : '';
    parts.push(`${e.elementId}=${shown(e.effective)}/${e.target}/${e.importance}${disagree}`);
  }
  if (previous) {
    parts.push(`previous=${previous.elements.map((e) => shown(e.effective)).join('/')}`);
  }
  return parts.join(';');
}

export type SummaryChange = 'overall' | 'previous' | ElementId;

const entries = (basis: string) =>
  new Map(
    basis.split(';').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at), part.slice(at + 1)] as const;
    }),
  );

/**
 * What changed since the consultant's own summary was written, in model order ('overall' first,
 * 'previous' last); [] when nothing did. Null when there is nothing to check: no own text, or a
 * text saved before its basis was kept.
 */
export function summaryChanges(assessment: Assessment, current: string): SummaryChange[] | null {
  if (assessment.summaryText.trim() === '' || assessment.summaryBasis === '') return null;
  if (assessment.summaryBasis === current) return [];
  const then = entries(assessment.summaryBasis);
  const now = entries(current);
  const keys: SummaryChange[] = ['overall', ...ELEMENT_IDS, 'previous'];
  return keys.filter((k) => then.get(k) !== now.get(k));
}
