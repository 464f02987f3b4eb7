/**
 * Numbers as SE Radar shows them (MODEL.md section 3, "Numbers as shown, and levels").
 * Every derived number is snapped to 9 decimals first, then rounded half up for display.
 * The rounding is done here on exact decimal digits, never left to Intl or Math.round on a
 * binary float, so 1.005 -> 1.01 and 22.5 -> 23 on every engine and in every language.
 */
import type { Level } from './framework';
import type { Language } from './schema';

/** Derived numbers keep at most this many decimals; anything beyond is float noise. */
export const SNAP_DECIMALS = 9;

/** The lowest displayed score of each level (score x 10): 1.8 is Developing, 3.4 Integrated. */
const LEVEL_FLOORS_IN_TENTHS: readonly (readonly [number, Level])[] = [
  [42, 5],
  [34, 4],
  [26, 3],
  [18, 2],
];

/**
 * The exact decimal digits of `x` at 9 decimals. toFixed is specified to pick the decimal
 * nearest to the exact binary value, so 3.5999999999999996 gives "3.600000000".
 */
function fixed9(x: number): string {
  return x.toFixed(SNAP_DECIMALS);
}

/**
 * Removes floating-point noise by rounding to 9 decimals: 1.2 + 2.4 -> 3.6.
 * Never returns -0 (it would print as "-0,0").
 */
export function snap(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  const snapped = Number(fixed9(x));
  return snapped === 0 ? 0 : snapped;
}

/** Below this magnitude a snapped number times 10^9 is within 0.5 of its exact integer. */
const FAST_LIMIT = 1e6;

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > SNAP_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${SNAP_DECIMALS}`);
  }
}

/**
 * A snapped value rounded half up to `decimals` places, as a whole count of 10^-decimals units:
 * halfUpUnits(3.35, 1) === 34. Negative numbers round half away from zero, so a delta of -0.25
 * shows as -0.3 just as +0.25 shows as +0.3. The half-up decision is integer arithmetic on the
 * value's 9-decimal digits, never Math.round on a binary fraction such as 1.005 * 100.
 */
function halfUpUnits(snapped: number, decimals: number): number {
  const unit = 10 ** (SNAP_DECIMALS - decimals);
  const magnitude = Math.abs(snapped);
  let units: number;
  if (magnitude < FAST_LIMIT) {
    // A snapped value is the double nearest a 9-decimal number, so times 10^9 it lies within a
    // fraction of a unit of that number's digits read as an integer: Math.round recovers them.
    const nanos = Math.round(magnitude * 10 ** SNAP_DECIMALS);
    units = Math.floor((nanos + unit / 2) / unit);
  } else {
    // Far outside the model's range; exact but slower.
    const nanos = BigInt(fixed9(magnitude).replace('.', ''));
    const big = BigInt(unit);
    units = Number((nanos + big / 2n) / big);
  }
  return snapped < 0 && units !== 0 ? -units : units;
}

/**
 * Rounds half up on the snapped value: roundHalfUp(3.35, 1) === 3.4,
 * roundHalfUp(22.5, 0) === 23, roundHalfUp(1.005, 2) === 1.01.
 * Negative numbers round half away from zero (-0.25 -> -0.3).
 */
export function roundHalfUp(x: number, decimals = 0): number {
  checkDecimals(decimals);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  // Dividing the whole count by 10^decimals gives the double nearest the decimal result.
  const rounded = halfUpUnits(snap(x), decimals) / 10 ** decimals;
  return rounded === 0 ? 0 : rounded;
}

/** A score as displayed: one decimal, rounded half up (3.35 -> 3.4). */
export function displayScore(score: number): number {
  return roundHalfUp(score, 1);
}

/**
 * The maturity level of a score, read from the score as displayed so that the number and the
 * level always agree: 1.0-1.7 -> 1, 1.8-2.5 -> 2, 2.6-3.3 -> 3, 3.4-4.1 -> 4, 4.2-5.0 -> 5.
 * Scores outside 1..5 (which the model never produces) are clamped to level 1 or 5.
 */
export function levelOf(score: number): Level {
  return levelOfTenths(halfUpUnits(snap(score), 1));
}

function levelOfTenths(tenths: number): Level {
  for (const [floor, level] of LEVEL_FLOORS_IN_TENTHS) {
    if (tenths >= floor) return level;
  }
  return 1;
}

/**
 * The 0-100 index, (shown - 1) / 4 * 100, computed from the score as displayed (one decimal) and
 * then rounded half up to a whole number, so a reader who checks the page finds it right:
 * 3.35 shows 3.4 -> 60; 1.9 -> 22.5 -> 23; 1.75 shows 1.8 -> 20.
 */
export function scoreIndex(score: number): number {
  return indexOfTenths(halfUpUnits(snap(score), 1));
}

function indexOfTenths(tenths: number): number {
  // (tenths / 10 - 1) * 25 = (tenths - 10) * 2.5: exact in halves, so no float noise to round.
  return halfUpUnits(((tenths - 10) * 5) / 2, 0);
}

/** A score with everything a view shows about it. */
export interface ScoreValue {
  /** The snapped, unrounded score: use it for sorting and further arithmetic. */
  value: number;
  /** One decimal, rounded half up: use it for display (via formatScore). */
  display: number;
  /** The level band of the displayed score. */
  level: Level;
  /** The 0-100 index from the displayed score. */
  index: number;
}

/** Value, displayed value, level and index of a score, all consistent with each other. */
export function describeScore(score: number): ScoreValue {
  // One snap and one rounding shared by display and level: describeScore runs for every score.
  const value = snap(score);
  const tenths = halfUpUnits(value, 1);
  return {
    value,
    display: tenths / 10,
    level: levelOfTenths(tenths),
    index: indexOfTenths(tenths),
  };
}

/** The Intl locale used for a report language: en-GB writes dates as "25 November 2026". */
export function localeOf(language: Language): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

// Creating an Intl.NumberFormat is far slower than using one, and a report formats hundreds.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * `x` rounded half up to `decimals` places and written with the language's decimal separator:
 * formatDecimal(1.65, 1, 'nl') === '1,7'. Intl only writes the digits; the rounding is ours.
 */
export function formatDecimal(x: number, decimals: number, language: Language): string {
  return formatter(language, decimals).format(roundHalfUp(x, decimals));
}

/** A score with one decimal in the language: 3.35 -> '3,4' (nl) or '3.4' (en). */
export function formatScore(score: number, language: Language): string {
  return formatDecimal(score, 1, language);
}

/** An index as a whole number (rounded half up if it is not one already): 58.75 -> '59'. */
export function formatIndex(index: number, language: Language): string {
  return formatDecimal(index, 0, language);
}

/**
 * The difference of two scores as displayed, snapped: shownDifference(2.35, 2.24) is
 * 2.4 - 2.2 = 0.2, which is what a reader gets from the two numbers on the page. Used for gaps
 * and deltas (MODEL.md "Numbers as shown").
 */
export function shownDifference(a: number, b: number): number {
  return snap(displayScore(a) - displayScore(b));
}

/**
 * A change with a sign and one decimal, ASCII signs: '+0,5', '-1,2', and '0,0' without a sign
 * when the change rounds to nothing.
 */
export function formatDelta(delta: number, language: Language): string {
  const rounded = roundHalfUp(delta, 1);
  if (rounded === 0) return formatDecimal(0, 1, language);
  const sign = rounded > 0 ? '+' : '-';
  return `${sign}${formatDecimal(Math.abs(rounded), 1, language)}`;
}
