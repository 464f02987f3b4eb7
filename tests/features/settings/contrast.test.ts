import { describe, expect, it } from 'vitest';
import {
  contrastOnWhite,
  MIN_CONTRAST,
  nearestPassingColour,
  ratioText,
} from '../../../src/features/settings/contrast';

describe('contrast against white', () => {
  it('follows the WCAG formula', () => {
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    // The house blue is 8.4:1; WCAG's own example grey #767676 is just over 4.5:1.
    expect(contrastOnWhite('#1d4e89')).toBeCloseTo(8.4, 1);
    expect(contrastOnWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')).toBeLessThan(4.5);
  });

  it('shows the ratio rounded down, so a failing colour never reads as 4.5', () => {
    expect(ratioText(4.4999, 'en')).toBe('4.4');
    expect(ratioText(8.45, 'nl')).toBe('8,4');
  });

  it('offers the nearest darker colour of the same hue that passes', () => {
    for (const colour of ['#ffcc00', '#00ff00', '#87ceeb', '#ff69b4', '#cccccc']) {
      const fixed = nearestPassingColour(colour)!;
      expect(fixed, colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastOnWhite(fixed), colour).toBeGreaterThanOrEqual(MIN_CONTRAST);
      // Nearest: a little lighter would fail again.
      expect(contrastOnWhite(fixed), colour).toBeLessThan(MIN_CONTRAST + 0.35);
    }
    // A grey stays grey.
    expect(nearestPassingColour('#cccccc')).toMatch(/^#([0-9a-f]{2})\1\1$/);
  });

  it('keeps a colour that passes, and gives nothing for text that is not a colour', () => {
    expect(nearestPassingColour('#1D4E89')).toBe('#1d4e89');
    expect(nearestPassingColour('blue')).toBeNull();
  });
});
