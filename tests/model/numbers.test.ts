import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeScore,
  displayScore,
  formatDecimal,
  formatDelta,
  formatIndex,
  formatScore,
  levelOf,
  roundHalfUp,
  scoreIndex,
  snap,
} from '../../src/model/numbers';

describe('snap', () => {
  it('removes floating-point noise', () => {
    expect(1.2 + 2.4).not.toBe(3.6); // the reason snap exists
    expect(snap(1.2 + 2.4)).toBe(3.6);
    expect(snap(0.1 + 0.2)).toBe(0.3);
    expect(snap(2.0000000000000004)).toBe(2);
  });

  it('keeps 9 decimals and never returns -0', () => {
    expect(snap(1.1234567894)).toBe(1.123456789);
    expect(Object.is(snap(-0), 0)).toBe(true);
    expect(Object.is(snap(-1e-12), 0)).toBe(true);
  });
});

describe('roundHalfUp', () => {
  it('rounds half up on the snapped value', () => {
    expect(roundHalfUp(3.35, 1)).toBe(3.4);
    expect(roundHalfUp(1.75, 1)).toBe(1.8);
    expect(roundHalfUp(1.45, 1)).toBe(1.5);
    expect(roundHalfUp(3.05, 1)).toBe(3.1);
    expect(roundHalfUp(22.5, 0)).toBe(23);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(3.34, 1)).toBe(3.3);
  });

  it('is not fooled by binary representations (1.005, 2.675, 1.2 + 2.4)', () => {
    // 1.005 is stored as 1.00499999999999989..., Math.round(1.005 * 100) / 100 gives 1.
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp((1.2 + 2.4) / 2, 1)).toBe(1.8);
    // (0.9 / 4) * 100 is 22.499999999999996 in floating point; snapped it is 22.5.
    expect(roundHalfUp((0.9 / 4) * 100, 0)).toBe(23);
  });

  it('rounds negative halves away from zero', () => {
    expect(roundHalfUp(-0.25, 1)).toBe(-0.3);
    expect(roundHalfUp(-0.24, 1)).toBe(-0.2);
    expect(Object.is(roundHalfUp(-0.04, 1), 0)).toBe(true);
  });

  it('refuses impossible decimals', () => {
    expect(() => roundHalfUp(1, 10)).toThrow(RangeError);
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
  });
});

describe('levelOf reads the displayed score', () => {
  it.each([
    [1, 1],
    [1.7, 1],
    [1.74, 1], // shows 1.7
    [1.75, 2], // shows 1.8
    [(1.2 + 2.4) / 2, 2],
    [2.5, 2],
    [2.54, 2],
    [2.55, 3],
    [3.3, 3],
    [3.34, 3],
    [3.35, 4],
    [4.1, 4],
    [4.14, 4],
    [4.15, 5],
    [5, 5],
  ])('%f -> level %i', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('scoreIndex', () => {
  it('uses the score as displayed, then rounds half up', () => {
    expect(scoreIndex(3.35)).toBe(60); // shown 3.4: 2.4 / 4 * 100 = 60 (not 58.75 -> 59)
    expect(scoreIndex(1.9)).toBe(23); // 0.9 / 4 * 100 = 22.5 -> 23
    expect(scoreIndex(1.75)).toBe(20); // shown 1.8: 0.8 / 4 * 100 = 20
    expect(scoreIndex(2.25)).toBe(33); // shown 2.3: 1.3 / 4 * 100 = 32.5 -> 33
    expect(scoreIndex(1)).toBe(0);
    expect(scoreIndex(3)).toBe(50);
    expect(scoreIndex(5)).toBe(100);
    expect(scoreIndex(1.02)).toBe(0); // shown 1.0: 0
    expect(scoreIndex(1.05)).toBe(3); // shown 1.1: 0.1 / 4 * 100 = 2.5 -> 3
    expect(scoreIndex(1.8)).toBe(20);
    // The demo's case: element 2.2 and dimension 2.15 (shown 2.2) both give 1.2 * 25 = 30.
    expect(scoreIndex(2.2)).toBe(30);
    expect(scoreIndex(2.15)).toBe(30);
  });
});

describe('the worked edge cases of MODEL.md "Numbers as shown"', () => {
  it('1.2 and 2.4 -> 1.8, Developing', () => {
    // (1.2 + 2.4) / 2 = 1.7999999999999998 in floating point; snapped 1.8.
    expect(describeScore((1.2 + 2.4) / 2)).toEqual({
      value: 1.8,
      display: 1.8,
      level: 2,
      index: 20,
    });
  });
  it('3.35 -> 3.4, Integrated, index 60', () => {
    expect(describeScore(3.35)).toEqual({ value: 3.35, display: 3.4, level: 4, index: 60 });
  });
  it('1.9 -> index 23 (22.5 rounds up)', () => {
    expect(describeScore(1.9).index).toBe(23);
  });
  it('1.75 -> 1.8, Developing, index 20', () => {
    expect(describeScore(1.75)).toEqual({ value: 1.75, display: 1.8, level: 2, index: 20 });
  });
  it('2.25 -> 2.3, index 33', () => {
    // shown 2.3; (2.3 - 1) * 25 = 32.5 -> 33
    expect(describeScore(2.25)).toEqual({ value: 2.25, display: 2.3, level: 2, index: 33 });
  });
});

describe('describeScore', () => {
  it('gives value, display, level and index that agree', () => {
    expect(describeScore(3.35)).toEqual({ value: 3.35, display: 3.4, level: 4, index: 60 });
    expect(describeScore((1.2 + 2.4) / 2)).toEqual({
      value: 1.8,
      display: 1.8,
      level: 2,
      index: 20,
    });
  });
});

describe('formatting', () => {
  it('formats scores with the language separator and our rounding', () => {
    expect(formatScore((1.2 + 2.4) / 2, 'nl')).toBe('1,8');
    expect(formatScore((1.2 + 2.4) / 2, 'en')).toBe('1.8');
    expect(formatScore(3.35, 'nl')).toBe('3,4');
    expect(formatScore(3.35, 'en')).toBe('3.4');
    expect(formatScore(4, 'nl')).toBe('4,0');
    expect(formatScore(1.75, 'en')).toBe('1.8');
    expect(displayScore(1.75)).toBe(1.8);
  });

  it('formats indexes as whole numbers', () => {
    expect(formatIndex(scoreIndex(3.35), 'nl')).toBe('60'); // from the shown 3.4
    expect(formatIndex(58.75, 'en')).toBe('59');
    expect(formatIndex(100, 'nl')).toBe('100');
  });

  it('formats other decimals', () => {
    expect(formatDecimal(4.95, 1, 'nl')).toBe('5,0');
    expect(formatDecimal(1.005, 2, 'en')).toBe('1.01');
    expect(formatDecimal(4, 0, 'nl')).toBe('4');
  });

  it('formats deltas with an ASCII sign and a bare zero', () => {
    expect(formatDelta(0.5, 'nl')).toBe('+0,5');
    expect(formatDelta(0.5, 'en')).toBe('+0.5');
    expect(formatDelta(-1.25, 'nl')).toBe('-1,3');
    expect(formatDelta(0, 'nl')).toBe('0,0');
    expect(formatDelta(0.04, 'en')).toBe('0.0');
    expect(formatDelta(-0.04, 'nl')).toBe('0,0');
    expect(formatDelta(0.05, 'nl')).toBe('+0,1');
    expect(formatDelta(2.85 - 2.75, 'en')).toBe('+0.1');
  });
});

describe('properties', () => {
  // Scores with up to 9 decimals between 1 and 5, as the model produces them.
  const arbScore = fc.integer({ min: 1_000_000_000, max: 5_000_000_000 }).map((n) => n / 1e9);

  it('rounds to the nearest tenth, and the level follows the displayed score', () => {
    fc.assert(
      fc.property(arbScore, (x) => {
        const shown = displayScore(x);
        expect(Math.abs(shown - x)).toBeLessThanOrEqual(0.05 + 1e-9);
        // A whole number of tenths (up to float noise in shown * 10).
        expect(Math.abs(shown * 10 - Math.round(shown * 10))).toBeLessThan(1e-9);
        expect(levelOf(x)).toBe(levelOf(shown));
        expect(scoreIndex(x)).toBeGreaterThanOrEqual(0);
        expect(scoreIndex(x)).toBeLessThanOrEqual(100);
      }),
    );
  });
});
