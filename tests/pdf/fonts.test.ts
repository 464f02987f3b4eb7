// @vitest-environment node
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { createPrinter, PLACEHOLDER, registerFonts, toVfsString } from '../../src/pdf/fonts';
import { testFonts } from './support';

function printer() {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', putOnlyUsedFonts: true });
  return createPrinter(registerFonts(doc, testFonts()));
}

describe('the font printer', () => {
  const p = printer();

  it('keeps Latin with diacritics, Central European, Turkish, Greek and Cyrillic', () => {
    const text = 'Zoë Łódź Ćwikła Şişli İğdır Ωμέγα Жуков Ærøskøbing “quotes” – € 3,5 …';
    expect(p.clean(text)).toBe(text);
    expect(p.lacksGlyphs(text)).toBe(false);
  });

  it('turns each emoji or Chinese character into one visible placeholder', () => {
    expect(p.clean('ok 👍🏽 go 🚀 中文')).toBe(
      `ok ${PLACEHOLDER} go ${PLACEHOLDER} ${PLACEHOLDER}${PLACEHOLDER}`,
    );
    // A family emoji is one grapheme of seven code points joined by ZWJ.
    expect(p.clean('👨‍👩‍👧‍👦!')).toBe(`${PLACEHOLDER}!`);
    expect(p.lacksGlyphs('Gewoon tekst 🙂')).toBe(true);
  });

  it('composes decomposed letters and drops invisible and control characters', () => {
    expect(p.clean('Zoe\u0308')).toBe('Zoë');
    expect(p.clean('a\u200Bb\u00ADc\u0007d\uFEFF')).toBe('abcd');
    expect(p.clean('one\r\ntwo\tthree')).toBe('one\ntwo three');
    expect(p.lacksGlyphs('a\u200Bb')).toBe(false);
  });

  it('uses a placeholder the font itself can draw', () => {
    expect(p.placeholder).toBe(PLACEHOLDER);
    expect(p.lacksGlyphs(PLACEHOLDER)).toBe(false);
  });
});

describe('toVfsString', () => {
  it('passes bytes as a binary string jsPDF recognises as TrueType', () => {
    const s = toVfsString(testFonts().regular);
    expect(s.length).toBe((testFonts().regular as ArrayBuffer).byteLength);
    expect(s.slice(0, 4)).toBe('\x00\x01\x00\x00');
  });
});
