/** WCAG 2 contrast of an accent colour against white, and the nearest darker colour that passes. */

/** Normal text needs 4.5:1 (WCAG 1.4.3 AA). */
export const MIN_CONTRAST = 4.5;

export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value.trim());
}

function channels(hex: string): [number, number, number] {
  const h = hex.trim().slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of `hex` against white, 1 to 21. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The ratio as people read it: rounded down to one decimal, so 4.49 never shows as 4.5. */
export function ratioText(ratio: number, language: string): string {
  const floored = Math.floor(ratio * 10) / 10;
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(floored);
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function rgbToHsl([r, g, b]: readonly number[]): [number, number, number] {
  const [R, G, B] = [r! / 255, g! / 255, b! / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: readonly number[]): [number, number, number] {
  if (s === 0) return [l! * 255, l! * 255, l! * 255];
  const q = l! < 0.5 ? l! * (1 + s!) : l! + s! - l! * s!;
  const p = 2 * l! - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h! + 1 / 3) * 255, hue(h!) * 255, hue(h! - 1 / 3) * 255];
}

/**
 * The lightest colour of the same hue and saturation that reaches `min` against white: the
 * nearest darker colour that passes. Returns the colour itself (lower-cased) when it already
 * passes, and null for text that is not a #rrggbb colour.
 */
export function nearestPassingColour(hex: string, min = MIN_CONTRAST): string | null {
  if (!isHexColour(hex)) return null;
  const colour = hex.trim().toLowerCase();
  if (contrastOnWhite(colour) >= min) return colour;
  const [h, s, l] = rgbToHsl(channels(colour));
  // Contrast grows as lightness falls: search the highest lightness that passes.
  let lo = 0;
  let hi = l;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (contrastOnWhite(toHex(hslToRgb([h, s, mid]))) >= min) lo = mid;
    else hi = mid;
  }
  let result = toHex(hslToRgb([h, s, lo]));
  // Rounding to whole channels can land a hair under: step down until it passes.
  for (let l2 = lo; contrastOnWhite(result) < min && l2 > 0; l2 -= 0.002) {
    result = toHex(hslToRgb([h, s, Math.max(0, l2)]));
  }
  return result;
}
