/**
 * Radar geometry: plain numbers that both the on-screen SVG and the jsPDF report draw from, so the
 * two pictures never disagree. Units are those of `size`; the origin is top-left and y points down.
 *
 * Decisions (MODEL.md section 3, "Radar"):
 * - One axis per element in model order. Axis 0 points straight up (-90 degrees); the others follow
 *   clockwise, 360/9 = 40 degrees apart.
 * - Scale: a value v sits at radius `radius * v / 5`. Ring 1 is the small inner ring, ring 5 the
 *   outer one, and the centre (0) is not a score, so no score is ever drawn at the centre.
 * - An element without a score breaks the polygon: the line stops at its neighbours and never dips
 *   to 0 or 1. Its "not assessed" marker sits on the axis *outside* the outer ring (see
 *   `missingRadius`), between ring 5 and the label: off the scale, so it cannot be read as a score,
 *   and next to the element's name. Several series that all miss one element get their markers
 *   side by side across the axis instead of on top of each other.
 * - Values are clamped to 1..5; a non-finite value counts as missing, so no NaN reaches a renderer.
 */
import { ELEMENTS } from './framework';

export interface RadarPoint {
  x: number;
  y: number;
}

export type RadarTextAlign = 'start' | 'middle' | 'end';
export type RadarBaseline = 'top' | 'middle' | 'bottom';

export interface RadarAxis {
  elementIndex: number;
  /** Degrees, clockwise on screen from the positive x axis: -90 for axis 0, then +40 each. */
  angle: number;
  /** The axis end on the outer ring (value 5). */
  end: RadarPoint;
  /** Where the label's text block is anchored, read with `textAlign` and `baseline`. */
  labelAnchor: RadarPoint;
  /** Horizontal alignment of the text block at the anchor: `start` = text runs to the right. */
  textAlign: RadarTextAlign;
  /** Vertical alignment of the whole (possibly multi-line) block: `bottom` = block above the anchor. */
  baseline: RadarBaseline;
  /** The label wrapped into lines (empty when no texts were given). */
  labelLines: string[];
  /** Estimated box of the label text, for layout checks. */
  labelBox: { x: number; y: number; width: number; height: number };
}

export interface RadarRing {
  level: 1 | 2 | 3 | 4 | 5;
  radius: number;
  /** One vertex per axis, in axis order (a 9-gon). */
  points: RadarPoint[];
  /** Centre of the level number: on the ring, half-way between axis 0 and axis 1. */
  labelAnchor: RadarPoint;
}

export interface RadarValuePoint extends RadarPoint {
  elementIndex: number;
  value: number;
}

export interface RadarSegment {
  /** True only when every axis has a value: then the points form one closed ring. */
  closed: boolean;
  /** Consecutive axes (wrapping from the last axis to axis 0). May hold a single point. */
  points: RadarValuePoint[];
}

export interface RadarMissing extends RadarPoint {
  elementIndex: number;
}

export interface RadarSeriesGeometry {
  id: string;
  segments: RadarSegment[];
  points: RadarValuePoint[];
  missing: RadarMissing[];
}

export interface RadarSides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface RadarSeriesInput {
  id: string;
  /** One value per element in model order: 1..5 or null. Missing entries count as null. */
  values: readonly (number | null | undefined)[];
}

export interface RadarLabelOptions {
  /** The axis labels (already translated). Given texts are wrapped and measured one by one. */
  texts?: readonly string[];
  /** Without texts: the length of the longest label, to reserve space for. */
  maxLabelChars?: number;
  /** Default size / 15. */
  fontSize?: number;
  /** Line height as a multiple of fontSize. Default 1.2. */
  lineHeight?: number;
  /**
   * Average glyph advance in em, for the width estimate. Default 0.64: wide fonts such as
   * DejaVu Sans or Verdana still fit; narrower fonts just leave some air.
   */
  charWidth?: number;
  /** Preferred line length in characters before wrapping. Default 14. */
  maxLineChars?: number;
  /** Lines per label. A label that needs more gets longer lines instead: it is never cut. Default 2. */
  maxLines?: number;
  /** Distance from the outer ring to the label anchor. Default leaves room for the missing marker. */
  gap?: number;
}

export interface RadarGeometryInput {
  /** The square that holds the rings: centre at (size/2, size/2). */
  size: number;
  series: readonly RadarSeriesInput[];
  labels?: RadarLabelOptions;
  /** Inset of the outer ring inside the square. Default 0, so radius = size / 2. */
  padding?: number;
  /** Marker radius the renderer will use; only for spacing and the viewBox advice. Default size / 40. */
  markerRadius?: number;
}

export interface RadarGeometry {
  size: number;
  center: RadarPoint;
  radius: number;
  axisCount: number;
  /** Radius of the "not assessed" markers (outside the outer ring). */
  missingRadius: number;
  markerRadius: number;
  fontSize: number;
  lineHeight: number;
  axes: RadarAxis[];
  rings: RadarRing[];
  series: RadarSeriesGeometry[];
  /** Space needed outside the size square on each side for labels and markers. */
  viewBoxPadding: RadarSides;
  /** The square plus its padding: use as SVG viewBox, or as the box to fit in a PDF. */
  viewBox: { x: number; y: number; width: number; height: number };
}

export interface RadarBandPiece {
  /** True when every axis has both min and max: outer and inner are then two closed rings. */
  closed: boolean;
  elementIndices: number[];
  /** The max points along the run. */
  outer: RadarPoint[];
  /** The min points along the same run (same order as outer). */
  inner: RadarPoint[];
}

export const RADAR_LEVELS = [1, 2, 3, 4, 5] as const;
const MAX_LEVEL = 5;

/** Visual styles shared by the SVG and the PDF (graphics >= 3:1 against white, WCAG 1.4.11). */
export type RadarSeriesStyle = 'current' | 'target' | 'previous' | 'agreed';
export type RadarMarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface RadarStyleDef {
  color: string;
  /** Line width in the same units as a 180-unit radar. */
  lineWidth: number;
  /** Dash pattern in multiples of lineWidth (empty = solid). */
  dash: readonly number[];
  marker: RadarMarkerShape;
}

export const RADAR_STYLES: Readonly<Record<RadarSeriesStyle, RadarStyleDef>> = {
  current: { color: '#1d4e89', lineWidth: 2, dash: [], marker: 'circle' },
  target: { color: '#b45309', lineWidth: 2, dash: [3, 2], marker: 'square' },
  previous: { color: '#6b7280', lineWidth: 2, dash: [0.1, 2], marker: 'triangle' },
  agreed: { color: '#047857', lineWidth: 3.5, dash: [], marker: 'diamond' },
};

/** Rings and axes: #858a93 is 3.5:1 on white. */
export const RADAR_GRID_COLOR = '#858a93';

const snap = (n: number): number => {
  const r = Math.round(n * 1e9) / 1e9;
  return r === 0 ? 0 : r;
};

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Angle in degrees of axis i of n: axis 0 up, then clockwise (y grows downwards). */
export function radarAxisAngle(index: number, axisCount: number = ELEMENTS.length): number {
  return -90 + (index * 360) / axisCount;
}

/** A value cleaned for drawing: null for missing or non-finite, else clamped to 1..5. */
export function radarValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.min(MAX_LEVEL, Math.max(1, value));
}

function midpoint(a: RadarPoint, b: RadarPoint): RadarPoint {
  return { x: snap((a.x + b.x) / 2), y: snap((a.y + b.y) / 2) };
}

function polar(center: RadarPoint, angleDeg: number, r: number): RadarPoint {
  const a = toRad(angleDeg);
  return { x: snap(center.x + r * Math.cos(a)), y: snap(center.y + r * Math.sin(a)) };
}

/** The point for `value` on axis `elementIndex`: radius * value / 5 from the centre. */
export function radarPoint(
  geometry: Pick<RadarGeometry, 'center' | 'radius' | 'axisCount'>,
  elementIndex: number,
  value: number,
): RadarPoint {
  return polar(
    geometry.center,
    radarAxisAngle(elementIndex, geometry.axisCount),
    (geometry.radius * value) / MAX_LEVEL,
  );
}

/**
 * Maximal runs of consecutive present indices on a circle of `present.length` axes. A run may wrap
 * from the last axis to axis 0. Runs start right after a gap, in axis order.
 */
export function radarRuns(present: readonly boolean[]): { closed: boolean; indices: number[] }[] {
  const n = present.length;
  if (n === 0) return [];
  if (present.every(Boolean)) return [{ closed: true, indices: present.map((_, i) => i) }];
  const firstGap = present.findIndex((p) => !p);
  const runs: { closed: boolean; indices: number[] }[] = [];
  let current: number[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (firstGap + k) % n;
    if (present[i]) {
      current.push(i);
    } else if (current.length > 0) {
      runs.push({ closed: false, indices: current });
      current = [];
    }
  }
  // Starting after a gap, the runs already come in axis order (a wrapping run comes last).
  return runs;
}

/**
 * Wraps a label into at most `maxLines` lines, preferring `maxLineChars` per line. Breaks at
 * spaces and after hyphens, never inside a word; when the words need more lines, the lines get
 * longer instead, so a label is never cut off. Returns [] for an empty label.
 */
export function wrapRadarLabel(text: string, maxLineChars = 14, maxLines = 2): string[] {
  // Tokens keep their trailing hyphen; `space` says whether a space precedes the token.
  const tokens: { text: string; space: boolean }[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    word.split(/(?<=-)(?=[^-])/).forEach((part, i) => tokens.push({ text: part, space: i === 0 }));
  }
  if (tokens.length === 0) return [];
  const fill = (width: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const t of tokens) {
      const joined = line === '' ? t.text : line + (t.space ? ' ' : '') + t.text;
      if (line !== '' && joined.length > width) {
        lines.push(line);
        line = t.text;
      } else {
        line = joined;
      }
    }
    lines.push(line);
    return lines;
  };
  const limit = Math.max(1, Math.floor(maxLines));
  for (let width = Math.max(1, Math.floor(maxLineChars)); ; width++) {
    const lines = fill(width);
    if (lines.length <= limit) return lines;
  }
}

function estimateLines(chars: number, maxLineChars: number, maxLines: number): [number, number] {
  if (chars <= 0) return [0, 0];
  if (chars <= maxLineChars) return [1, chars];
  if (chars <= maxLineChars * maxLines) return [Math.ceil(chars / maxLineChars), maxLineChars];
  // Word boundaries make greedy lines a little longer than an even split.
  return [maxLines, Math.min(chars, Math.ceil(chars / maxLines) + 4)];
}

function alignFor(angleDeg: number): { textAlign: RadarTextAlign; baseline: RadarBaseline } {
  const c = Math.cos(toRad(angleDeg));
  const s = Math.sin(toRad(angleDeg));
  const textAlign: RadarTextAlign = c > 0.2 ? 'start' : c < -0.2 ? 'end' : 'middle';
  const baseline: RadarBaseline = s < -0.6 ? 'bottom' : s > 0.6 ? 'top' : 'middle';
  return { textAlign, baseline };
}

/**
 * The radar as plain data. See the module comment for the scale and the "not assessed" position.
 * The label space is an estimate from character counts (average advance `charWidth` em); renderers
 * that measure text may refine it, but using `viewBox` as given keeps labels inside the picture.
 */
export function radarGeometry(input: RadarGeometryInput): RadarGeometry {
  const size = input.size > 0 && Number.isFinite(input.size) ? input.size : 1;
  const axisCount = ELEMENTS.length;
  const padding = Math.max(0, Math.min(input.padding ?? 0, size / 2 - 1e-6));
  const radius = size / 2 - padding;
  const center = { x: size / 2, y: size / 2 };
  const markerRadius = input.markerRadius ?? size / 40;
  const labels = input.labels ?? {};
  const fontSize = labels.fontSize ?? size / 15;
  const lineHeight = labels.lineHeight ?? 1.2;
  const charWidth = labels.charWidth ?? 0.64;
  const maxLineChars = labels.maxLineChars ?? 14;
  const maxLines = labels.maxLines ?? 2;
  // Ring 5's markers end at radius + markerRadius; the missing marker starts a clear step beyond.
  const missingRadius = radius + 2.5 * markerRadius;
  const gap = labels.gap ?? 2.5 * markerRadius + markerRadius + 0.5 * fontSize;
  const lineStep = fontSize * lineHeight;

  const axes: RadarAxis[] = ELEMENTS.map((_, i) => {
    const angle = radarAxisAngle(i, axisCount);
    const { textAlign, baseline } = alignFor(angle);
    const labelAnchor = polar(center, angle, radius + gap);
    let labelLines: string[] = [];
    let lineCount: number;
    let lineChars: number;
    if (labels.texts) {
      labelLines = wrapRadarLabel(labels.texts[i] ?? '', maxLineChars, maxLines);
      lineCount = labelLines.length;
      lineChars = Math.max(0, ...labelLines.map((l) => [...l].length));
    } else {
      [lineCount, lineChars] = estimateLines(labels.maxLabelChars ?? 0, maxLineChars, maxLines);
    }
    const width = lineChars * charWidth * fontSize;
    const height = lineCount * lineStep;
    const x =
      textAlign === 'start'
        ? labelAnchor.x
        : textAlign === 'end'
          ? labelAnchor.x - width
          : labelAnchor.x - width / 2;
    const y =
      baseline === 'top'
        ? labelAnchor.y
        : baseline === 'bottom'
          ? labelAnchor.y - height
          : labelAnchor.y - height / 2;
    return {
      elementIndex: i,
      angle,
      end: polar(center, angle, radius),
      labelAnchor,
      textAlign,
      baseline,
      labelLines,
      labelBox: { x: snap(x), y: snap(y), width: snap(width), height: snap(height) },
    };
  });

  const rings: RadarRing[] = RADAR_LEVELS.map((level) => {
    const r = (radius * level) / MAX_LEVEL;
    return {
      level,
      radius: snap(r),
      points: axes.map((a) => polar(center, a.angle, r)),
      // Half-way along the ring's edge from axis 0 to axis 1: markers sit on the axes, so the
      // number stays clear of them.
      labelAnchor: midpoint(
        polar(center, axes[0]?.angle ?? -90, r),
        polar(center, axes[1]?.angle ?? -90, r),
      ),
    };
  });

  const cleaned = input.series.map((s) =>
    Array.from({ length: axisCount }, (_, i) => radarValue(s.values[i])),
  );
  // Which series miss each axis, so their markers can sit side by side.
  const missingBy: number[][] = Array.from({ length: axisCount }, (_, i) =>
    cleaned.flatMap((values, si) => (values[i] === null ? [si] : [])),
  );
  const spacing = markerRadius * 2.6;

  const series: RadarSeriesGeometry[] = input.series.map((s, si) => {
    const values = cleaned[si] ?? [];
    const byIndex: (RadarValuePoint | null)[] = values.map((v, i) =>
      v === null
        ? null
        : { elementIndex: i, value: v, ...radarPoint({ center, radius, axisCount }, i, v) },
    );
    const points = byIndex.filter((p): p is RadarValuePoint => p !== null);
    const segments = radarRuns(byIndex.map((p) => p !== null)).map((run) => ({
      closed: run.closed,
      points: run.indices.map((i) => byIndex[i]).filter((p): p is RadarValuePoint => p != null),
    }));
    const missing: RadarMissing[] = values.flatMap((v, i) => {
      if (v !== null) return [];
      const others = missingBy[i] ?? [];
      const offset = (others.indexOf(si) - (others.length - 1) / 2) * spacing;
      const angle = radarAxisAngle(i, axisCount);
      const base = polar(center, angle, missingRadius);
      // Tangent direction (clockwise) for side-by-side markers.
      const tx = -Math.sin(toRad(angle));
      const ty = Math.cos(toRad(angle));
      return [{ elementIndex: i, x: snap(base.x + offset * tx), y: snap(base.y + offset * ty) }];
    });
    return { id: s.id, segments, points, missing };
  });

  // Extents of everything drawn: label boxes, and markers out to the missing-marker ring.
  let minX = center.x - radius;
  let maxX = center.x + radius;
  let minY = center.y - radius;
  let maxY = center.y + radius;
  const markerReach =
    missingRadius + markerRadius * 1.5 + (spacing * Math.max(0, input.series.length - 1)) / 2;
  for (const a of axes) {
    const p = polar(center, a.angle, markerReach);
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    if (a.labelBox.width > 0 && a.labelBox.height > 0) {
      minX = Math.min(minX, a.labelBox.x);
      maxX = Math.max(maxX, a.labelBox.x + a.labelBox.width);
      minY = Math.min(minY, a.labelBox.y);
      maxY = Math.max(maxY, a.labelBox.y + a.labelBox.height);
    }
  }
  const margin = fontSize * 0.25;
  const viewBoxPadding: RadarSides = {
    top: snap(Math.max(0, -minY) + margin),
    right: snap(Math.max(0, maxX - size) + margin),
    bottom: snap(Math.max(0, maxY - size) + margin),
    left: snap(Math.max(0, -minX) + margin),
  };
  const viewBox = {
    x: -viewBoxPadding.left,
    y: -viewBoxPadding.top,
    width: snap(size + viewBoxPadding.left + viewBoxPadding.right),
    height: snap(size + viewBoxPadding.top + viewBoxPadding.bottom),
  };

  return {
    size,
    center,
    radius,
    axisCount,
    missingRadius: snap(missingRadius),
    markerRadius,
    fontSize,
    lineHeight,
    axes,
    rings,
    series,
    viewBoxPadding,
    viewBox,
  };
}

/**
 * A min-max spread band (e.g. a team's lowest and highest score per element) as ring-shaped
 * pieces, broken wherever min or max is missing. Each piece is drawn as `outer` forwards and
 * `inner` backwards as one polygon; a closed piece (all axes present) is two closed rings filled
 * even-odd. A piece of one axis is a radial line from min to max. Swapped min/max are put right.
 */
export function radarBand(
  geometry: Pick<RadarGeometry, 'center' | 'radius' | 'axisCount'>,
  min: readonly (number | null | undefined)[],
  max: readonly (number | null | undefined)[],
): RadarBandPiece[] {
  const n = geometry.axisCount;
  const lo: (number | null)[] = [];
  const hi: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const a = radarValue(min[i]);
    const b = radarValue(max[i]);
    lo.push(a === null || b === null ? null : Math.min(a, b));
    hi.push(a === null || b === null ? null : Math.max(a, b));
  }
  return radarRuns(lo.map((v) => v !== null)).map((run) => ({
    closed: run.closed,
    elementIndices: run.indices,
    outer: run.indices.map((i) => radarPoint(geometry, i, hi[i] ?? 0)),
    inner: run.indices.map((i) => radarPoint(geometry, i, lo[i] ?? 0)),
  }));
}
