// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCovers, unprintable, unprintableFields } from '../../src/model/report-glyphs';
import { makeAssessment } from './scoring-fixtures';

describe('the font coverage table made at build time', () => {
  it('is the one scripts/font-coverage.mjs makes from the installed fonts', async () => {
    // @ts-expect-error: a plain .mjs build script without types
    const script = (await import('../../scripts/font-coverage.mjs')) as {
      coverageSource: () => string;
    };
    expect(readFileSync('src/model/report-font-coverage.ts', 'utf8')).toBe(script.coverageSource());
  });

  it('covers what consultants in Europe type', () => {
    const typed = 'Klant belt 3× terug → doel ≥ 85 % ≈ ≠ ± ÷ ‰ ≤ ✓ ✗ € £ ¥ ₺ ₽ “” ‘’ – — • …';
    const greekCyrillic = 'Ωμέγα Жукова Łódzkie Wodociągi Sp. z o.o. Şişli İğdır Ærøskøbing';
    for (const ch of typed + greekCyrillic) {
      expect(fontCovers(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)} ${ch}`).toBe(
        true,
      );
    }
    expect(unprintable(typed + greekCyrillic)).toEqual([]);
  });

  it('knows emoji and Chinese have no glyph', () => {
    expect(fontCovers(0x1f44d)).toBe(false); // 👍
    expect(fontCovers(0x4e2d)).toBe(false); // 中
  });
});

describe('unprintable', () => {
  it('lists each missing character once, an emoji with its skin tone as one', () => {
    expect(unprintable('Goed 👍🏽 en 🚀, 中文 en nog eens 🚀')).toEqual(['👍🏽', '🚀', '中', '文']);
  });

  it('reads decomposed text as composed, and ignores joiners and control characters', () => {
    expect(unprintable('Zoe\u0308 a\u200Bb\u0007')).toEqual([]);
    expect(unprintable('')).toEqual([]);
  });
});

describe('unprintableFields', () => {
  it('names the fields that hold missing characters, in print order', () => {
    const a = makeAssessment({ kind: 'full' });
    a.meta.organisation = 'Łódzkie Wodociągi Sp. z o.o.'; // printable
    a.elements.monitoring.notes = 'Meten 📈';
    a.actions = [
      {
        id: 'x',
        elementId: null,
        description: 'Bellen ✓',
        owner: '',
        due: null,
        status: 'open',
        priority: 'medium',
        stepRef: null,
      },
      {
        id: 'y',
        elementId: null,
        description: 'Feest 🎉',
        owner: '',
        due: null,
        status: 'open',
        priority: 'medium',
        stepRef: null,
      },
    ];
    expect(unprintableFields(a)).toEqual([
      { field: 'notes', vars: { element: 'monitoring' }, chars: ['📈'] },
      { field: 'action', vars: { n: 2 }, chars: ['🎉'] },
    ]);
  });
});
