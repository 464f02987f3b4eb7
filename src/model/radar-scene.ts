/**
 * The radar scene: everything a radar picture holds, decided once, as plain data. The SVG on
 * screen (src/components/Radar.tsx) and the vector radar in the PDF (src/pdf/radar-pdf.ts) only
 * paint it: neither chooses series, styles, marker shapes or where a number goes.
 *
 * Built on the geometry of ./radar.ts (axis 0 up, clockwise, value v at radius R * v / 5, a
 * "not assessed" marker outside ring 5 where a series has no value, the line broken there).
 *
 * The API for other features (the workshop's spread band and group lines, a comparison overlay):
 * - `bands`: any number of min-max bands, each `{ id, label, ranges }` with `ranges` a partial
 *   map `{ [elementId]: [min, max] }`; an element left out (or null) breaks the band there.
 *   Painted below the grid and every line, as a light wash in the band's colour.
 * - `groups`: extra lines, each `{ id, label, values }` (values in model order, null = no score).
 *   They get kind 'group' and a style of their own from GROUP_STYLES by position (colour, dash and
 *   marker shape all differ, so they are told apart without colour).
 * - `previous`: a reassessment's earlier scores, kind 'previous' (grey, dotted, triangles).
 * - `flagged`: element ids whose shown score is flagged "insufficient answers": the markers of
 *   the scores line (and the agreed line) are open there, the legend gets an "open marker" entry
 *   and `scene.footnote` carries `texts.flaggedFootnote` for the painter to print below.
 * - `flaggedPrevious`: the same for the previous line.
 * Every text comes in translated; the scene never translates.
 */
import { ELEMENT_IDS, type ElementId } from './framework';
import {
  RADAR_GRID_COLOR,
  RADAR_STYLES,
  radarBand,
  radarGeometry,
  type RadarBaseline,
  type RadarMarkerShape,
  type RadarPoint,
  type RadarTextAlign,
} from './radar';
import type { ReportRadar, ReportTeam } from './report-types';

export type RadarSeriesKind = 'current' | 'team' | 'agreed' | 'target' | 'previous' | 'group';

export interface RadarLineStyle {
  color: string;
  lineWidth: number;
  /** Dash lengths in radar units (already multiplied by the line width); empty = solid. */
  dash: number[];
  lineCap: 'butt' | 'round';
  marker: RadarMarkerShape;
  /** Opacity of the fill inside a closed polygon; 0 = no fill. */
  fillOpacity: number;
}

export interface RadarSceneMarker extends RadarPoint {
  elementId: ElementId;
  elementIndex: number;
  value: number;
  shape: RadarMarkerShape;
  /** False for a flagged score ("insufficient answers"): drawn as an outline on white. */
  filled: boolean;
}

export interface RadarSceneMissing extends RadarPoint {
  elementId: ElementId;
  elementIndex: number;
  /** "Employee engagement (Score): not assessed", for the marker's tooltip or title. */
  title: string;
}

export interface RadarSceneSeries {
  id: string;
  kind: RadarSeriesKind;
  label: string;
  style: RadarLineStyle;
  /** Runs of consecutive scored axes; `closed` only when every axis has a value. */
  segments: { closed: boolean; points: RadarPoint[] }[];
  markers: RadarSceneMarker[];
  missing: RadarSceneMissing[];
}

export interface RadarSceneBand {
  id: string;
  label: string;
  color: string;
  fillOpacity: number;
  strokeOpacity: number;
  lineWidth: number;
  /** Each piece is one path of one or two closed rings, filled even-odd. */
  pieces: { rings: RadarPoint[][] }[];
}

export interface RadarSceneLevel {
  level: 1 | 2 | 3 | 4 | 5;
  /** The ring polygon, one vertex per axis. */
  ring: RadarPoint[];
  /** The scale number: its centre, and the box the painter must keep it in. */
  number: {
    text: string;
    x: number;
    y: number;
    box: { x: number; y: number; width: number; height: number };
  };
}

export interface RadarSceneAxis {
  elementId: ElementId;
  index: number;
  angle: number;
  from: RadarPoint;
  to: RadarPoint;
  label: {
    lines: string[];
    x: number;
    y: number;
    textAlign: RadarTextAlign;
    baseline: RadarBaseline;
  };
}

export type RadarLegendEntry =
  | { kind: 'series'; id: string; label: string; style: RadarLineStyle }
  | { kind: 'band'; id: string; label: string; color: string }
  | { kind: 'notAssessed'; label: string }
  | { kind: 'flagged'; label: string; color: string; shape: RadarMarkerShape };

export interface RadarScene {
  size: number;
  viewBox: { x: number; y: number; width: number; height: number };
  center: RadarPoint;
  radius: number;
  fontSize: number;
  levelFontSize: number;
  lineHeight: number;
  markerRadius: number;
  gridColor: string;
  missingColor: string;
  axes: RadarSceneAxis[];
  levels: RadarSceneLevel[];
  /** Lowest layer first. */
  bands: RadarSceneBand[];
  /** In drawing order, lowest layer first (previous and groups, target, scores, agreed). */
  series: RadarSceneSeries[];
  /** In reading order: the scores first. */
  legend: RadarLegendEntry[];
  /** Printed below the legend when a flagged marker is drawn; else null. */
  footnote: string | null;
}

export interface RadarSceneLine {
  label: string;
  /** One value per element in model order; missing entries count as null. */
  values: readonly (number | null | undefined)[];
}

export interface RadarSceneBandInput {
  id: string;
  label: string;
  ranges: Partial<Record<ElementId, readonly [number, number] | null>>;
}

export interface RadarSceneInput {
  /** Axis labels in model order, translated (short names read best). */
  axisLabels: readonly string[];
  /** The scores in use (agreed where set, else the team's or the assessor's). */
  scores: RadarSceneLine;
  /** Target per element; null leaves the target line out (the compare page's overlay). */
  targets: RadarSceneLine | null;
  /**
   * With agreed scores: the team mean as it came out. Then `scores` is drawn as the heavier
   * 'agreed' line over it (a line of agreed scores alone would mark every element without one
   * as not assessed).
   */
  team?: RadarSceneLine | null;
  previous?: RadarSceneLine | null;
  groups?: readonly (RadarSceneLine & { id: string })[];
  bands?: readonly RadarSceneBandInput[];
  flagged?: readonly ElementId[];
  flaggedPrevious?: readonly ElementId[];
  texts: {
    notAssessed: string;
    /** Legend entry of the open marker, e.g. "insufficient answers". */
    flagged: string;
    /** The footnote printed when a flagged marker is drawn. */
    flaggedFootnote: string;
  };
  layout?: {
    /** Default 180. */
    size?: number;
    /** Axis label font size in radar units. Default 13. */
    fontSize?: number;
    /** Scale number font size in radar units. Default 10. */
    levelFontSize?: number;
    /** Default 4.5. */
    markerRadius?: number;
    /** Default 1.2. */
    lineHeight?: number;
  };
}

const styleOf = (
  color: string,
  lineWidth: number,
  dash: readonly number[],
  marker: RadarMarkerShape,
  fillOpacity = 0,
  lineCap: 'butt' | 'round' = 'butt',
): RadarLineStyle => ({
  color,
  lineWidth,
  dash: dash.map((d) => d * lineWidth),
  lineCap,
  marker,
  fillOpacity,
});

/** The fixed series styles (graphics at least 3:1 on white, WCAG 1.4.11). */
export const SERIES_STYLES: Readonly<Record<Exclude<RadarSeriesKind, 'group'>, RadarLineStyle>> = {
  current: styleOf(RADAR_STYLES.current.color, 2, [], 'circle', 0.08),
  team: styleOf(RADAR_STYLES.current.color, 2, [], 'circle', 0.08),
  agreed: styleOf(RADAR_STYLES.agreed.color, 3.5, [], 'diamond', 0.08),
  target: styleOf(RADAR_STYLES.target.color, 2, RADAR_STYLES.target.dash, 'square'),
  previous: styleOf(
    RADAR_STYLES.previous.color,
    2,
    RADAR_STYLES.previous.dash,
    'triangle',
    0,
    'round',
  ),
};

/** Group lines by position: colour, dash and marker all differ (each colour >= 4.5:1 on white). */
export const GROUP_STYLES: readonly RadarLineStyle[] = [
  styleOf('#7c3aed', 2, [], 'circle'),
  styleOf('#0f766e', 2, [4, 2], 'square'),
  styleOf('#be185d', 2, [1, 1.5], 'diamond'),
  styleOf('#92400e', 2, [6, 2, 1, 2], 'triangle'),
];

// Drawing order, lowest first: the scores in use stay on top.
const LAYER: Readonly<Record<RadarSeriesKind, number>> = {
  previous: 0,
  group: 1,
  target: 2,
  team: 3,
  current: 3,
  agreed: 4,
};

/** #4b5563 is 7.5:1 on white: the "not assessed" marker, in every series alike. */
export const RADAR_MISSING_COLOR = '#4b5563';

const snap = (n: number): number => {
  const r = Math.round(n * 1e9) / 1e9;
  return r === 0 ? 0 : r;
};

type Box = { x: number; y: number; width: number; height: number };

function segmentsIntersect(a: RadarPoint, b: RadarPoint, c: RadarPoint, d: RadarPoint): boolean {
  const cross = (p: RadarPoint, q: RadarPoint, r: RadarPoint) =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function pointSegmentDistance(p: RadarPoint, a: RadarPoint, b: RadarPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from a line segment to a box; 0 when the segment touches or crosses it. */
export function segmentBoxDistance(a: RadarPoint, b: RadarPoint, box: Box): number {
  const inside = (p: RadarPoint) =>
    p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  if (inside(a) || inside(b)) return 0;
  const corners = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  let best = Infinity;
  for (let i = 0; i < 4; i++) {
    const c = corners[i]!;
    const d = corners[(i + 1) % 4]!;
    if (segmentsIntersect(a, b, c, d)) return 0;
    best = Math.min(best, pointSegmentDistance(c, a, b), pointSegmentDistance(a, c, d));
    best = Math.min(best, pointSegmentDistance(b, c, d));
  }
  return best;
}

/** Every straight piece of a series' line. */
function edgesOf(series: RadarSceneSeries): [RadarPoint, RadarPoint][] {
  return series.segments.flatMap((seg) => {
    const pts = seg.points;
    const edges: [RadarPoint, RadarPoint][] = [];
    for (let i = 1; i < pts.length; i++) edges.push([pts[i - 1]!, pts[i]!]);
    if (seg.closed && pts.length > 2) edges.push([pts[pts.length - 1]!, pts[0]!]);
    return edges;
  });
}

/**
 * The scale numbers: in one sector (between axis s and s + 1), on its bisector, each number
 * just inside its own ring (touching it, so it reads as that ring's), or just outside when a
 * target edge would touch it there. The sector is the first, clockwise from the top, where the
 * target line keeps clear of every number; among those, the one where the other lines keep
 * clearest (capped, so the top-right sector wins when all are fine).
 */
function placeLevels(
  center: RadarPoint,
  radius: number,
  axisCount: number,
  levelFont: number,
  target: RadarSceneSeries | undefined,
  others: readonly RadarSceneSeries[],
): RadarSceneLevel['number'][] {
  const width = levelFont * 0.62;
  const height = levelFont * 0.8;
  const gap = levelFont * 0.15;
  const targetEdges = target ? edgesOf(target) : [];
  const otherEdges = others.flatMap(edgesOf);
  // Rounded to a micro-unit, so floating-point noise never decides between equal sectors.
  const clearance = (box: Box, edges: readonly [RadarPoint, RadarPoint][]) =>
    Math.round(edges.reduce((m, [a, b]) => Math.min(m, segmentBoxDistance(a, b, box)), 1e6) * 1e6) /
    1e6;
  const half = Math.PI / axisCount;
  let best: {
    numbers: RadarSceneLevel['number'][];
    targetClear: number;
    otherClear: number;
  } | null = null;
  for (let s = 0; s < axisCount; s++) {
    const bisector = ((-90 + (s * 360) / axisCount) * Math.PI) / 180 + half;
    const ux = Math.cos(bisector);
    const uy = Math.sin(bisector);
    // Half the box's extent along the bisector, so "just inside" really touches nothing.
    const reach = (Math.abs(ux) * width) / 2 + (Math.abs(uy) * height) / 2;
    let targetClear = Infinity;
    let otherClear = Infinity;
    const numbers = ([1, 2, 3, 4, 5] as const).map((level) => {
      const apothem = ((radius * level) / 5) * Math.cos(half);
      const candidates = [apothem - reach - gap, apothem + reach + gap].map((d) => {
        const x = snap(center.x + d * ux);
        const y = snap(center.y + d * uy);
        const box = { x: snap(x - width / 2), y: snap(y - height / 2), width, height };
        return { text: String(level), x, y, box };
      });
      const scored = candidates.map((c) => ({
        c,
        t: clearance(c.box, targetEdges),
        o: clearance(c.box, otherEdges),
      }));
      // Inside unless the target touches it there and is clear outside (ring 5: outside is
      // where the missing markers go, so only when it must).
      const pick = scored[0]!.t > gap / 2 || scored[1]!.t <= scored[0]!.t ? scored[0]! : scored[1]!;
      targetClear = Math.min(targetClear, pick.t);
      otherClear = Math.min(otherClear, pick.o);
      return pick.c;
    });
    const cap = levelFont;
    const better =
      best === null ||
      (best.targetClear <= gap / 2 && targetClear > best.targetClear) ||
      (targetClear > gap / 2 && Math.min(otherClear, cap) > Math.min(best.otherClear, cap));
    if (better) best = { numbers, targetClear, otherClear };
  }
  return best?.numbers ?? [];
}

const valuesOf = (line: RadarSceneLine): (number | null)[] =>
  ELEMENT_IDS.map((_, i) => line.values[i] ?? null);

/**
 * Builds the radar scene from the scores, the targets and the optional extra lines and bands.
 * Pure: the same input gives the same scene. See the module comment for the API.
 */
export function radarScene(input: RadarSceneInput): RadarScene {
  const size = input.layout?.size ?? 180;
  const fontSize = input.layout?.fontSize ?? 13;
  const levelFontSize = input.layout?.levelFontSize ?? 10;
  const markerRadius = input.layout?.markerRadius ?? 4.5;
  const lineHeight = input.layout?.lineHeight ?? 1.2;

  type Planned = {
    id: string;
    kind: RadarSeriesKind;
    line: RadarSceneLine;
    style: RadarLineStyle;
    flagged: ReadonlySet<ElementId>;
  };
  const flagged = new Set(input.flagged ?? []);
  const none = new Set<ElementId>();
  const planned: Planned[] = [];
  if (input.team) {
    planned.push({
      id: 'team',
      kind: 'team',
      line: input.team,
      style: SERIES_STYLES.team,
      flagged: none,
    });
    planned.push({
      id: 'agreed',
      kind: 'agreed',
      line: input.scores,
      style: SERIES_STYLES.agreed,
      flagged,
    });
  } else {
    planned.push({
      id: 'current',
      kind: 'current',
      line: input.scores,
      style: SERIES_STYLES.current,
      flagged,
    });
  }
  (input.groups ?? []).forEach((g, i) =>
    planned.push({
      id: `group-${g.id}`,
      kind: 'group',
      line: g,
      style: GROUP_STYLES[i % GROUP_STYLES.length]!,
      flagged: none,
    }),
  );
  if (input.previous) {
    planned.push({
      id: 'previous',
      kind: 'previous',
      line: input.previous,
      style: SERIES_STYLES.previous,
      flagged: new Set(input.flaggedPrevious ?? []),
    });
  }
  if (input.targets) {
    planned.push({
      id: 'target',
      kind: 'target',
      line: input.targets,
      style: SERIES_STYLES.target,
      flagged: none,
    });
  }

  const g = radarGeometry({
    size,
    series: planned.map((p) => ({ id: p.id, values: valuesOf(p.line) })),
    markerRadius,
    labels: { texts: input.axisLabels, fontSize, lineHeight, maxLineChars: 14, maxLines: 2 },
  });

  const series: RadarSceneSeries[] = planned.map((p, si) => {
    const geo = g.series[si]!;
    return {
      id: p.id,
      kind: p.kind,
      label: p.line.label,
      style: p.style,
      segments: geo.segments.map((seg) => ({
        closed: seg.closed,
        points: seg.points.map(({ x, y }) => ({ x, y })),
      })),
      markers: geo.points.map((pt) => {
        const elementId = ELEMENT_IDS[pt.elementIndex]!;
        return {
          elementId,
          elementIndex: pt.elementIndex,
          value: pt.value,
          x: pt.x,
          y: pt.y,
          shape: p.style.marker,
          filled: !p.flagged.has(elementId),
        };
      }),
      missing: geo.missing.map((m) => {
        const axis = input.axisLabels[m.elementIndex] ?? '';
        const who = `${axis} (${p.line.label})`;
        return {
          elementId: ELEMENT_IDS[m.elementIndex]!,
          elementIndex: m.elementIndex,
          x: m.x,
          y: m.y,
          title: `${who}: ${input.texts.notAssessed}`,
        };
      }),
    };
  });

  const bands: RadarSceneBand[] = (input.bands ?? []).map((b) => {
    const min = ELEMENT_IDS.map((id) => b.ranges[id]?.[0] ?? null);
    const max = ELEMENT_IDS.map((id) => b.ranges[id]?.[1] ?? null);
    return {
      id: b.id,
      label: b.label,
      color: RADAR_STYLES.current.color,
      fillOpacity: 0.15,
      strokeOpacity: 0.7,
      lineWidth: 0.75,
      pieces: radarBand(g, min, max).map((piece) => ({
        rings: piece.closed
          ? [piece.outer, piece.inner]
          : [[...piece.outer, ...[...piece.inner].reverse()]],
      })),
    };
  });

  const target = series.find((s) => s.kind === 'target');
  const numbers = placeLevels(
    g.center,
    g.radius,
    g.axisCount,
    levelFontSize,
    target,
    series.filter((s) => s.kind !== 'target'),
  );
  const levels: RadarSceneLevel[] = g.rings.map((ring, i) => ({
    level: ring.level,
    ring: ring.points,
    number: numbers[i]!,
  }));

  const axes: RadarSceneAxis[] = g.axes.map((a) => ({
    elementId: ELEMENT_IDS[a.elementIndex]!,
    index: a.elementIndex,
    angle: a.angle,
    from: g.center,
    to: a.end,
    label: {
      lines: a.labelLines,
      x: a.labelAnchor.x,
      y: a.labelAnchor.y,
      textAlign: a.textAlign,
      baseline: a.baseline,
    },
  }));

  const anyMissing = series.some((s) => s.missing.length > 0);
  const flaggedSeries = series.find((s) => s.markers.some((m) => !m.filled));
  const legend: RadarLegendEntry[] = [
    ...series
      .filter((s) => s.kind !== 'target' && s.kind !== 'previous')
      .map((s) => ({ kind: 'series' as const, id: s.id, label: s.label, style: s.style })),
    ...series
      .filter((s) => s.kind === 'previous' || s.kind === 'target')
      .sort((a, b) => (a.kind === 'target' ? -1 : b.kind === 'target' ? 1 : 0))
      .map((s) => ({ kind: 'series' as const, id: s.id, label: s.label, style: s.style })),
    ...bands.map((b) => ({ kind: 'band' as const, id: b.id, label: b.label, color: b.color })),
    ...(anyMissing ? [{ kind: 'notAssessed' as const, label: input.texts.notAssessed }] : []),
    ...(flaggedSeries
      ? [
          {
            kind: 'flagged' as const,
            label: input.texts.flagged,
            color: flaggedSeries.style.color,
            shape: flaggedSeries.style.marker,
          },
        ]
      : []),
  ];

  return {
    size,
    viewBox: g.viewBox,
    center: g.center,
    radius: g.radius,
    fontSize,
    levelFontSize,
    lineHeight,
    markerRadius,
    gridColor: RADAR_GRID_COLOR,
    missingColor: RADAR_MISSING_COLOR,
    axes,
    levels,
    bands,
    series: [...series].sort((a, b) => LAYER[a.kind] - LAYER[b.kind]),
    legend,
    footnote: flaggedSeries ? input.texts.flaggedFootnote : null,
  };
}

/**
 * The report's radar as a scene: the one choice of lines for the screen and the PDF. With agreed
 * scores, the team mean as it came out plus the scores in use; the previous assessment's line
 * when there is one; the team's min-max band with several participants.
 */
export function reportRadarScene(
  radar: ReportRadar,
  options: {
    layout?: RadarSceneInput['layout'];
    /** Cleans a text for the renderer (the PDF's missing-glyph placeholder); identity on screen. */
    clean?: (text: string) => string;
  } = {},
): RadarScene {
  const clean = options.clean ?? ((t: string) => t);
  const L = radar.labels;
  const ranges: Partial<Record<ElementId, readonly [number, number] | null>> = {};
  if (radar.teamMin && radar.teamMax) {
    ELEMENT_IDS.forEach((id, i) => {
      const lo = radar.teamMin?.[i] ?? null;
      const hi = radar.teamMax?.[i] ?? null;
      ranges[id] = lo === null || hi === null ? null : [lo, hi];
    });
  }
  return radarScene({
    axisLabels: radar.axes.map((a) => clean(a.label)),
    scores: { label: clean(radar.agreed ? L.effective : L.current), values: radar.current },
    team: radar.agreed ? { label: clean(L.team), values: radar.team } : null,
    targets: { label: clean(L.target), values: radar.target },
    previous: radar.previous ? { label: clean(L.previous), values: radar.previous } : null,
    bands: radar.teamMin && radar.teamMax ? [{ id: 'team', label: clean(L.range), ranges }] : [],
    flagged: radar.flagged,
    flaggedPrevious: radar.flaggedPrevious,
    texts: {
      notAssessed: clean(L.notAssessed),
      flagged: clean(L.flagged),
      flaggedFootnote: clean(L.flaggedFootnote),
    },
    layout: options.layout,
  });
}

/**
 * A workshop's groups on one radar (the report's team section): the scores in use as the main
 * line and one line per shown group, without the target line so the groups stand out. Null when
 * no group's figures may be shown. `groups.rows` are in model order, one value per shown group.
 */
export function reportGroupsRadarScene(
  radar: ReportRadar,
  groups: Pick<ReportTeam['groups'], 'names' | 'rows'>,
  options: {
    layout?: RadarSceneInput['layout'];
    clean?: (text: string) => string;
  } = {},
): RadarScene | null {
  if (groups.names.length === 0) return null;
  const clean = options.clean ?? ((t: string) => t);
  const L = radar.labels;
  return radarScene({
    axisLabels: radar.axes.map((a) => clean(a.label)),
    scores: { label: clean(radar.agreed ? L.effective : L.current), values: radar.current },
    targets: null,
    groups: groups.names.map((name, i) => ({
      id: `group-${i}`,
      label: clean(name),
      values: groups.rows.map((r) => r.values[i] ?? null),
    })),
    flagged: radar.flagged,
    texts: {
      notAssessed: clean(L.notAssessed),
      flagged: clean(L.flagged),
      flaggedFootnote: clean(L.flaggedFootnote),
    },
    layout: options.layout,
  });
}
