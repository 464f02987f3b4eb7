import type { jsPDF } from 'jspdf';
import { IGNORABLES, normaliseForPrint, PLACEHOLDER } from '../model/report-glyphs';

/**
 * The embedded family: DejaVu Sans, one wide family (Latin with every European diacritic, Greek,
 * Cyrillic, arrows, mathematical signs, currency signs, check marks), because jspdf-autotable
 * draws a cell in one font. Licence: public/fonts/DejaVu-LICENSE.txt (Bitstream Vera, public domain
 * changes).
 */
export const FONT_FAMILY = 'DejaVuSans';

/** The TrueType files, as raw bytes or as base64 text. */
export interface PdfFonts {
  regular: ArrayBuffer | string;
  bold: ArrayBuffer | string;
}

export { PLACEHOLDER };
const FALLBACK_PLACEHOLDER = '?';

/**
 * The font as jsPDF's virtual file system takes it. jsPDF reads a TrueType file given as a
 * "binary string" (one char per byte, starting with the 00 01 00 00 signature) without the
 * base64 round trip, which saves a few hundred milliseconds per font. Base64 text passes as is.
 * (No btoa() anywhere: it refuses text outside Latin-1, and none is needed.)
 */
export function toVfsString(data: ArrayBuffer | string): string {
  if (typeof data === 'string') return data;
  const bytes = new Uint8Array(data);
  const parts: string[] = [];
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return parts.join('');
}

interface FontMetadata {
  cmap?: { unicode?: { codeMap?: Record<number, number> } };
}

/**
 * Registers regular and bold as Identity-H CID fonts, so jsPDF embeds only the glyphs used
 * (a subset), and returns the code points both styles can draw.
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): (codePoint: number) => boolean {
  const maps: Record<number, number>[] = [];
  for (const [style, data] of [
    ['normal', fonts.regular],
    ['bold', fonts.bold],
  ] as const) {
    const file = `${FONT_FAMILY}-${style}.ttf`;
    doc.addFileToVFS(file, toVfsString(data));
    doc.addFont(file, FONT_FAMILY, style, 'Identity-H');
    doc.setFont(FONT_FAMILY, style);
    const meta = (doc.getFont() as unknown as { metadata?: FontMetadata }).metadata;
    maps.push(meta?.cmap?.unicode?.codeMap ?? {});
  }
  doc.setFont(FONT_FAMILY, 'normal');
  return (cp) => maps.every((m) => (m[cp] ?? 0) > 0);
}

const IGNORABLE = new RegExp(IGNORABLES, 'gu');
const IGNORABLE_TEST = new RegExp(IGNORABLES, 'u');
const PLAIN = /^[\x20-\x7E\n]*$/;

/** Cleans user and model text for the embedded font; remembers whether anything was replaced. */
export interface Printer {
  /** NFC text with every unprintable character (or grapheme cluster) as one placeholder. */
  clean(text: string): string;
  /** True when `text` holds something the font cannot draw. */
  lacksGlyphs(text: string): boolean;
  placeholder: string;
}

export function createPrinter(covers: (codePoint: number) => boolean): Printer {
  const placeholder = covers(PLACEHOLDER.codePointAt(0)!) ? PLACEHOLDER : FALLBACK_PLACEHOLDER;
  const segmenter =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  const clusters = (text: string): string[] =>
    segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  const printable = (chars: string): boolean => {
    for (const ch of chars) {
      if (ch !== '\n' && !covers(ch.codePointAt(0)!)) return false;
    }
    return true;
  };
  const normalise = normaliseForPrint;
  // Grapheme clusters only where something is missing: an emoji with a skin tone or a ZWJ
  // sequence becomes one placeholder, not three.
  const replaceMissing = (text: string): string => {
    let out = '';
    for (const cluster of clusters(text)) {
      const kept = cluster.replace(IGNORABLE, '');
      if (kept !== '') out += printable(kept) ? kept : placeholder;
    }
    return out;
  };
  const cache = new Map<string, string>();
  const clean = (text: string): string => {
    if (PLAIN.test(text)) return text;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const source = normalise(text);
    const out = printable(source) && !IGNORABLE_TEST.test(source) ? source : replaceMissing(source);
    if (text.length < 2000) cache.set(text, out);
    return out;
  };
  return {
    placeholder,
    clean,
    lacksGlyphs(text) {
      if (PLAIN.test(text)) return false;
      return !printable(normalise(text).replace(IGNORABLE, ''));
    },
  };
}
