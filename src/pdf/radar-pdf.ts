import { GState, type jsPDF } from 'jspdf';
import type { ReportRadar } from '../model/report-types';
import {
  RADAR_GRID_COLOR,
  RADAR_STYLES,
  radarBand,
  radarGeometry,
  type RadarGeometry,
  type RadarMarkerShape,
  type RadarPoint,
  type RadarSeriesStyle,
} from '../model/radar';
import { hexToRgb, MUTED, TEXT, WHITE } from './colours';
import { FONT_FAMILY, type Printer } from './fonts';
import { PT } from './writer';

/** The same units as the screen's radar (src/components/Radar.tsx), so the two look alike. */
const PLOT = 180;
const FONT = 10;
const MARKER = 4.5;
const LINE_HEIGHT = 1.2;
const MISSING = hexToRgb('#4b5563');

interface DrawnSeries {
  id: string;
  label: string;
  style: RadarSeriesStyle;
  values: readonly (number | null)[];
}

/**
 * The series of the report's radar, lowest layer first, chosen as on screen (RadarSection): with
 * agreed scores, the team mean as it came out plus the scores in use (agreed, else team).
 */
function seriesOf(radar: ReportRadar, effectiveLabel: string): DrawnSeries[] {
  const target: DrawnSeries = {
    id: 'target',
    label: radar.labels.target,
    style: 'target',
    values: radar.target,
  };
  if (radar.agreed) {
    return [
      target,
      { id: 'team', label: radar.labels.team, style: 'current', values: radar.team },
      { id: 'agreed', label: effectiveLabel, style: 'agreed', values: radar.current },
    ];
  }
  return [
    target,
    { id: 'current', label: radar.labels.current, style: 'current', values: radar.current },
  ];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Everything the picture covers, in radar units, with label widths measured in the real font. */
function extents(doc: jsPDF, g: RadarGeometry, seriesCount: number): Box {
  const box: Box = {
    minX: g.center.x - g.radius,
    minY: g.center.y - g.radius,
    maxX: g.center.x + g.radius,
    maxY: g.center.y + g.radius,
  };
  const reach = g.missingRadius + g.markerRadius * (1.5 + 1.3 * Math.max(0, seriesCount - 1));
  const step = g.fontSize * g.lineHeight;
  for (const a of g.axes) {
    const rad = (a.angle * Math.PI) / 180;
    const px = g.center.x + reach * Math.cos(rad);
    const py = g.center.y + reach * Math.sin(rad);
    box.minX = Math.min(box.minX, px);
    box.maxX = Math.max(box.maxX, px);
    box.minY = Math.min(box.minY, py);
    box.maxY = Math.max(box.maxY, py);
    const width = Math.max(0, ...a.labelLines.map((l) => doc.getStringUnitWidth(l) * g.fontSize));
    const height = a.labelLines.length * step;
    const x =
      a.textAlign === 'start'
        ? a.labelAnchor.x
        : a.textAlign === 'end'
          ? a.labelAnchor.x - width
          : a.labelAnchor.x - width / 2;
    const y =
      a.baseline === 'top'
        ? a.labelAnchor.y
        : a.baseline === 'bottom'
          ? a.labelAnchor.y - height
          : a.labelAnchor.y - height / 2;
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x + width);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y + height);
  }
  return box;
}

function polygon(doc: jsPDF, pts: readonly RadarPoint[], closed: boolean): void {
  pts.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y) : doc.lineTo(p.x, p.y)));
  if (closed) doc.close();
}

function marker(doc: jsPDF, shape: RadarMarkerShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      doc.circle(x, y, r, 'FD');
      return;
    case 'square': {
      const h = r * 0.9;
      doc.rect(x - h, y - h, 2 * h, 2 * h, 'FD');
      return;
    }
    case 'triangle':
      doc.triangle(x, y - r * 1.2, x + r * 1.1, y + r * 0.75, x - r * 1.1, y + r * 0.75, 'FD');
      return;
    case 'diamond':
      polygon(
        doc,
        [
          { x, y: y - r * 1.3 },
          { x: x + r * 1.1, y },
          { x, y: y + r * 1.3 },
          { x: x - r * 1.1, y },
        ],
        true,
      );
      doc.fillStroke();
  }
}

function missingMarker(doc: jsPDF, x: number, y: number, r: number, lw: number): void {
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(...MISSING);
  doc.setFillColor(...WHITE);
  doc.setLineWidth(lw);
  doc.circle(x, y, r, 'FD');
  const k = r * 0.5;
  doc.line(x - k, y - k, x + k, y + k);
  doc.line(x - k, y + k, x + k, y - k);
}

function setLine(doc: jsPDF, style: RadarSeriesStyle, scale: number): void {
  const s = RADAR_STYLES[style];
  const lw = s.lineWidth * scale;
  doc.setDrawColor(...hexToRgb(s.color));
  doc.setLineWidth(lw);
  doc.setLineDashPattern(
    s.dash.map((d) => d * lw),
    0,
  );
}

/**
 * Draws the report's radar at (x, y), `width` millimetres wide, from the same geometry as the
 * screen: axes in model order clockwise from the top, rings 1 to 5, the target dashed with square
 * markers, the current (or team) scores solid with round markers, an agreed score heavier with
 * diamonds, the team's min-max band as a light wash, and a crossed circle outside the outer ring
 * where an element has no score. Labels are in the report's language. Returns the height used.
 */
export function drawRadar(
  doc: jsPDF,
  radar: ReportRadar,
  printer: Printer,
  at: { x: number; y: number; width: number; maxHeight: number },
  effectiveLabel: string,
): number {
  const series = seriesOf(radar, effectiveLabel);
  const texts = radar.axes.map((a) => printer.clean(a.label));
  const g = radarGeometry({
    size: PLOT,
    series: series.map((s) => ({ id: s.id, values: s.values })),
    markerRadius: MARKER,
    labels: { texts, fontSize: FONT, lineHeight: LINE_HEIGHT, maxLineChars: 14, maxLines: 2 },
  });
  doc.setFont(FONT_FAMILY, 'normal');
  const box = extents(doc, g, series.length);
  const pad = FONT * 0.3;
  const w = box.maxX - box.minX + 2 * pad;
  const h = box.maxY - box.minY + 2 * pad;
  const scale = Math.min(at.width / w, at.maxHeight / h);
  const ox = at.x + (at.width - w * scale) / 2 - (box.minX - pad) * scale;
  const oy = at.y - (box.minY - pad) * scale;
  const X = (v: number) => ox + v * scale;
  const Y = (v: number) => oy + v * scale;
  const P = (p: RadarPoint): RadarPoint => ({ x: X(p.x), y: Y(p.y) });

  // Team band: min to max per element, broken where either is missing.
  if (radar.teamMin && radar.teamMax) {
    const current = hexToRgb(RADAR_STYLES.current.color);
    for (const piece of radarBand(g, radar.teamMin, radar.teamMax)) {
      doc.setGState(new GState({ opacity: 0.15, 'stroke-opacity': 0.7 }));
      doc.setFillColor(...current);
      doc.setDrawColor(...current);
      doc.setLineWidth(0.75 * scale);
      doc.setLineDashPattern([], 0);
      if (piece.closed) {
        polygon(doc, piece.outer.map(P), true);
        polygon(doc, piece.inner.map(P), true);
      } else {
        polygon(doc, [...piece.outer, ...[...piece.inner].reverse()].map(P), true);
      }
      doc.fillStrokeEvenOdd();
      doc.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }));
    }
  }

  // Grid: rings and axes.
  doc.setDrawColor(...hexToRgb(RADAR_GRID_COLOR));
  doc.setLineWidth(0.75 * scale);
  doc.setLineDashPattern([], 0);
  for (const ring of g.rings) {
    polygon(doc, ring.points.map(P), true);
    doc.stroke();
  }
  for (const axis of g.axes) {
    doc.line(X(g.center.x), Y(g.center.y), X(axis.end.x), Y(axis.end.y));
  }

  // Series lines, with a light fill inside a closed current or agreed polygon.
  for (const s of series.map((s, i) => ({ s, geo: g.series[i]! }))) {
    for (const seg of s.geo.segments) {
      setLine(doc, s.s.style, scale);
      if (seg.points.length === 1) continue;
      polygon(doc, seg.points.map(P), seg.closed);
      const filled = seg.closed && (s.s.style === 'current' || s.s.style === 'agreed');
      if (filled) {
        doc.setFillColor(...hexToRgb(RADAR_STYLES[s.s.style].color));
        doc.setGState(new GState({ opacity: 0.08 }));
        doc.fill();
        doc.setGState(new GState({ opacity: 1 }));
        polygon(doc, seg.points.map(P), seg.closed);
      }
      doc.stroke();
    }
  }
  doc.setLineDashPattern([], 0);

  // Level numbers on a white patch, right of axis 0.
  const levelSize = FONT * 0.8 * scale;
  doc.setFontSize(levelSize / PT);
  for (const ring of g.rings) {
    const label = String(ring.level);
    const tw = doc.getTextWidth(label);
    // Text sets the same PDF fill colour, so the patch colour is set again for every ring.
    doc.setFillColor(...WHITE);
    doc.setTextColor(...MUTED);
    doc.rect(
      X(ring.labelAnchor.x) - 0.3,
      Y(ring.labelAnchor.y) - levelSize * 0.45,
      tw + 0.6,
      levelSize * 0.9,
      'F',
    );
    doc.text(label, X(ring.labelAnchor.x), Y(ring.labelAnchor.y), { baseline: 'middle' });
  }

  // Markers: a shape per series, white edge so overlapping markers stay apart.
  for (const s of series.map((s, i) => ({ s, geo: g.series[i]! }))) {
    const st = RADAR_STYLES[s.s.style];
    doc.setFillColor(...hexToRgb(st.color));
    doc.setDrawColor(...WHITE);
    doc.setLineWidth(1 * scale);
    for (const p of s.geo.points) marker(doc, st.marker, X(p.x), Y(p.y), MARKER * scale);
  }
  for (const s of g.series) {
    for (const m of s.missing) missingMarker(doc, X(m.x), Y(m.y), MARKER * scale, 1.5 * scale);
  }

  // Axis labels, anchored and aligned as the geometry says.
  const fontMm = FONT * scale;
  doc.setFontSize(fontMm / PT);
  doc.setTextColor(...TEXT);
  const step = fontMm * LINE_HEIGHT;
  for (const a of g.axes) {
    const block = a.labelLines.length * step;
    const top =
      Y(a.labelAnchor.y) - (a.baseline === 'top' ? 0 : a.baseline === 'middle' ? block / 2 : block);
    const align = a.textAlign === 'start' ? 'left' : a.textAlign === 'end' ? 'right' : 'center';
    a.labelLines.forEach((line, i) => {
      doc.text(line, X(a.labelAnchor.x), top + i * step + step / 2, { align, baseline: 'middle' });
    });
  }
  const used = h * scale;
  return (
    used + legend(doc, radar, series, printer, { x: at.x, y: at.y + used + 2, width: at.width }, g)
  );
}

/** One line of legend entries (wrapping when needed); returns its height plus the gap above. */
function legend(
  doc: jsPDF,
  radar: ReportRadar,
  series: readonly DrawnSeries[],
  printer: Printer,
  at: { x: number; y: number; width: number },
  g: RadarGeometry,
): number {
  const size = 8.5;
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(size);
  doc.setTextColor(...TEXT);
  const swatch = 10;
  const r = 1.3;
  const entries: { label: string; draw: (x: number, y: number) => void }[] = series.map((s) => ({
    label: printer.clean(s.label),
    draw: (x, y) => {
      setLine(doc, s.style, 0.35);
      doc.line(x, y, x + swatch, y);
      doc.setLineDashPattern([], 0);
      doc.setFillColor(...hexToRgb(RADAR_STYLES[s.style].color));
      doc.setDrawColor(...WHITE);
      doc.setLineWidth(0.3);
      marker(doc, RADAR_STYLES[s.style].marker, x + swatch / 2, y, r);
    },
  }));
  if (radar.teamMin && radar.teamMax) {
    const c = hexToRgb(RADAR_STYLES.current.color);
    entries.push({
      label: printer.clean(radar.labels.range),
      draw: (x, y) => {
        doc.setGState(new GState({ opacity: 0.15, 'stroke-opacity': 0.7 }));
        doc.setFillColor(...c);
        doc.setDrawColor(...c);
        doc.setLineWidth(0.25);
        doc.rect(x, y - 1.6, swatch, 3.2, 'FD');
        doc.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }));
      },
    });
  }
  if (g.series.some((s) => s.missing.length > 0)) {
    entries.push({
      label: printer.clean(radar.labels.notAssessed),
      draw: (x, y) => missingMarker(doc, x + swatch / 2, y, r * 1.1, 0.3),
    });
  }
  const gapAfter = 6;
  const widths = entries.map((e) => swatch + 2 + doc.getTextWidth(e.label));
  // Lay entries out in rows, each row centred.
  const rows: number[][] = [[]];
  let rowWidth = 0;
  widths.forEach((wd, i) => {
    const row = rows[rows.length - 1]!;
    if (row.length > 0 && rowWidth + gapAfter + wd > at.width) {
      rows.push([i]);
      rowWidth = wd;
    } else {
      rowWidth += (row.length > 0 ? gapAfter : 0) + wd;
      row.push(i);
    }
  });
  const lh = size * PT * 1.6;
  rows.forEach((row, ri) => {
    const total = row.reduce((sum, i, k) => sum + widths[i]! + (k > 0 ? gapAfter : 0), 0);
    let x = at.x + (at.width - total) / 2;
    const y = at.y + ri * lh + lh / 2;
    for (const i of row) {
      entries[i]!.draw(x, y);
      doc.setTextColor(...TEXT);
      doc.text(entries[i]!.label, x + swatch + 2, y, { baseline: 'middle' });
      x += widths[i]! + gapAfter;
    }
  });
  return 2 + rows.length * lh;
}
