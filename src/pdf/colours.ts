/** Colours of the printed report. Text colours are >= 4.5:1 on white, as on screen. */
export type Rgb = [number, number, number];

export const TEXT: Rgb = [31, 41, 51];
export const MUTED: Rgb = [75, 85, 99];
export const RULE: Rgb = [201, 209, 219];
export const SURFACE: Rgb = [245, 247, 250];
export const WARNING: Rgb = [138, 83, 0];
export const WHITE: Rgb = [255, 255, 255];
/** The house colour when no branding is set (the screen's primary, 8.4:1 on white). */
export const DEFAULT_ACCENT = '#1d4e89';

/** '#1d4e89' -> [29, 78, 137]; anything else gives the default accent. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return hexToRgb(DEFAULT_ACCENT);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** `colour` mixed with white: tint(c, 0.1) is a light wash of c for backgrounds. */
export function tint(colour: Rgb, amount: number): Rgb {
  return colour.map((v) => Math.round(255 - (255 - v) * amount)) as Rgb;
}
