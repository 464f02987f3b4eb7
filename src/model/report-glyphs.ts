/**
 * Which characters of a text the PDF's font cannot draw, known without loading the font: the
 * screen warns beside a field and before a download (the PDF prints each as a placeholder).
 * The coverage table is generated from the font files at build time (scripts/font-coverage.mjs).
 */
import { ELEMENT_IDS, type ElementId } from './framework';
import { FONT_COVERAGE } from './report-font-coverage';
import type { Assessment, Branding } from './schema';

/**
 * What a character the font cannot draw prints as. U+25CC DOTTED CIRCLE is in DejaVu Sans, is
 * plainly a stand-in, and cannot be mistaken for a letter or a '?'.
 */
export const PLACEHOLDER = '\u25CC';

/** Characters that take no room and carry no meaning in print (joiners, variation selectors...). */
// An alternation, not a character class: combining marks inside [...] read as one character.
export const IGNORABLES =
  '\\u00AD|\\u034F|\\u180E|[\\u200B-\\u200F]|[\\u202A-\\u202E]|[\\u2060-\\u2064]|\\uFE00|\\uFE01|' +
  '\\uFE02|\\uFE03|\\uFE04|\\uFE05|\\uFE06|\\uFE07|\\uFE08|\\uFE09|\\uFE0A|\\uFE0B|\\uFE0C|' +
  '\\uFE0D|\\uFE0E|\\uFE0F|\\uFEFF';
const IGNORABLE = new RegExp(IGNORABLES, 'gu');
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const PLAIN = /^[\x20-\x7E\n]*$/;

/**
 * User text as the PDF draws it: NFC (jsPDF does no shaping, so a decomposed "Zoë" would print
 * its accent apart), one kind of line break, tabs as spaces, control characters removed.
 */
export function normaliseForPrint(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '');
}

let ranges: Int32Array | null = null;

/** The decoded table as [start0, end0, start1, end1, ...], sorted. */
function coverageRanges(): Int32Array {
  if (ranges) return ranges;
  const parts = FONT_COVERAGE.split(' ');
  const out = new Int32Array(parts.length * 2);
  let prevEnd = -1;
  parts.forEach((part, i) => {
    const [gap = '0', length = '1'] = part.split('.');
    const start = prevEnd + 1 + parseInt(gap, 36);
    const end = start + parseInt(length, 36) - 1;
    out[i * 2] = start;
    out[i * 2 + 1] = end;
    prevEnd = end;
  });
  ranges = out;
  return out;
}

/** True when both PDF font styles have a glyph for the code point. */
export function fontCovers(codePoint: number): boolean {
  const r = coverageRanges();
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < r[mid * 2]!) hi = mid - 1;
    else if (codePoint > r[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The characters (grapheme clusters, so an emoji with a skin tone is one) of `text` that would
 * print as a placeholder, each once, in order of appearance: unprintable('OK 👍🏽 中') is
 * ['👍🏽', '中'].
 */
export function unprintable(text: string): string[] {
  if (PLAIN.test(text)) return [];
  const found: string[] = [];
  for (const { segment } of segmenter.segment(normaliseForPrint(text))) {
    const kept = segment.replace(IGNORABLE, '');
    if (kept === '' || kept === '\n') continue;
    const missing = Array.from(kept).some((ch) => !fontCovers(ch.codePointAt(0)!));
    if (missing && !found.includes(segment)) found.push(segment);
  }
  return found;
}

/** The printed fields, named by report:glyphs.fields.<field>. */
export type PrintedField =
  | 'title'
  | 'organisation'
  | 'scope'
  | 'assessor'
  | 'notes'
  | 'strengths'
  | 'improvements'
  | 'action'
  | 'summary'
  | 'branding';

/** A field of the assessment whose text holds characters without a glyph. */
export interface UnprintableField {
  field: PrintedField;
  vars: { element?: ElementId; n?: number };
  chars: string[];
}

/**
 * Every text of the assessment that the report prints, with the characters that would print as
 * a placeholder: for the warning before the download. Branding texts count too.
 */
export function unprintableFields(
  assessment: Assessment,
  branding: Pick<Branding, 'consultantName' | 'company'> | null = null,
): UnprintableField[] {
  const out: UnprintableField[] = [];
  const check = (field: PrintedField, text: string, vars: UnprintableField['vars'] = {}) => {
    const chars = unprintable(text);
    if (chars.length > 0) out.push({ field, vars, chars });
  };
  const { meta } = assessment;
  check('title', meta.title);
  check('organisation', meta.organisation);
  check('scope', meta.scope);
  check('assessor', meta.assessor);
  for (const id of ELEMENT_IDS) {
    const e = assessment.elements[id];
    if (!e) continue;
    check('notes', e.notes, { element: id });
    check('strengths', e.strengths, { element: id });
    check('improvements', e.improvements, { element: id });
  }
  assessment.actions.forEach((a, i) => check('action', a.description + a.owner, { n: i + 1 }));
  check('summary', assessment.summaryText);
  if (branding) check('branding', `${branding.consultantName} ${branding.company}`);
  return out;
}
