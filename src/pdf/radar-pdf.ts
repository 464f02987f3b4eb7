import { GState, type jsPDF } from 'jspdf';
import type { RadarMarkerShape, RadarPoint } from '../model/radar';
import {
  reportRadarScene,
  type RadarLegendEntry,
  type RadarLineStyle,
  type RadarScene,
} from '../model/radar-scene';
import type { ReportRadar } from '../model/report-types';
import { hexToRgb, MUTED, TEXT, WHITE } from './colours';
import { FONT_FAMILY, type Printer } from './fonts';
import { PT } from './writer';

/** The same units as the screen's radar (src/components/Radar.tsx), so the two look alike. */
const FONT = 10;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Everything the picture covers, in radar units, with label widths measured in the real font. */
function extents(doc: jsPDF, scene: RadarScene): Box {
  const box: Box = {
    minX: scene.center.x - scene.radius,
    minY: scene.center.y - scene.radius,
    maxX: scene.center.x + scene.radius,
    maxY: scene.center.y + scene.radius,
  };
  const grow = (p: RadarPoint, r = 0) => {
    box.minX = Math.min(box.minX, p.x - r);
    box.maxX = Math.max(box.maxX, p.x + r);
    box.minY = Math.min(box.minY, p.y - r);
    box.maxY = Math.max(box.maxY, p.y + r);
  };
  for (const s of scene.series) for (const m of s.missing) grow(m, scene.markerRadius * 1.5);
  for (const l of scene.levels) {
    grow({ x: l.number.box.x, y: l.number.box.y });
    grow({ x: l.number.box.x + l.number.box.width, y: l.number.box.y + l.number.box.height });
  }
  const step = scene.fontSize * scene.lineHeight;
  for (const a of scene.axes) {
    const width = Math.max(
      0,
      ...a.label.lines.map((l) => doc.getStringUnitWidth(l) * scene.fontSize),
    );
    const height = a.label.lines.length * step;
    const x =
      a.label.textAlign === 'start'
        ? a.label.x
        : a.label.textAlign === 'end'
          ? a.label.x - width
          : a.label.x - width / 2;
    const y =
      a.label.baseline === 'top'
        ? a.label.y
        : a.label.baseline === 'bottom'
          ? a.label.y - height
          : a.label.y - height / 2;
    grow({ x, y });
    grow({ x: x + width, y: y + height });
  }
  return box;
}

function polygon(doc: jsPDF, pts: readonly RadarPoint[], closed: boolean): void {
  pts.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y) : doc.lineTo(p.x, p.y)));
  if (closed) doc.close();
}

function marker(
  doc: jsPDF,
  shape: RadarMarkerShape,
  x: number,
  y: number,
  r: number,
  mode: 'FD' | 'S' = 'FD',
): void {
  switch (shape) {
    case 'circle':
      doc.circle(x, y, r, mode);
      return;
    case 'square': {
      const h = r * 0.9;
      doc.rect(x - h, y - h, 2 * h, 2 * h, mode);
      return;
    }
    case 'triangle':
      doc.triangle(x, y - r * 1.2, x + r * 1.1, y + r * 0.75, x - r * 1.1, y + r * 0.75, mode);
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
      if (mode === 'FD') doc.fillStroke();
      else doc.stroke();
  }
}

/** A flagged score: the shape outlined in the line's colour on a white fill. */
function openMarker(
  doc: jsPDF,
  shape: RadarMarkerShape,
  color: string,
  x: number,
  y: number,
  r: number,
  lw: number,
): void {
  doc.setLineDashPattern([], 0);
  doc.setFillColor(...WHITE);
  doc.setDrawColor(...hexToRgb(color));
  doc.setLineWidth(lw);
  marker(doc, shape, x, y, r, 'FD');
}

function missingMarker(
  doc: jsPDF,
  color: string,
  x: number,
  y: number,
  r: number,
  lw: number,
): void {
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(...hexToRgb(color));
  doc.setFillColor(...WHITE);
  doc.setLineWidth(lw);
  doc.circle(x, y, r, 'FD');
  const k = r * 0.5;
  doc.line(x - k, y - k, x + k, y + k);
  doc.line(x - k, y + k, x + k, y - k);
}

function setLine(doc: jsPDF, style: RadarLineStyle, scale: number): void {
  doc.setDrawColor(...hexToRgb(style.color));
  doc.setLineWidth(style.lineWidth * scale);
  doc.setLineDashPattern(
    style.dash.map((d) => d * scale),
    0,
  );
}

/**
 * Draws the report's radar at (x, y), `width` millimetres wide, by painting the same scene as
 * the screen (src/model/radar-scene.ts): bands, grid, lines, scale numbers, markers (open where a
 * score is flagged), "not assessed" markers and labels, then the legend and the footnote.
 * Returns the height used.
 */
export function drawRadar(
  doc: jsPDF,
  radar: ReportRadar,
  printer: Printer,
  at: { x: number; y: number; width: number; maxHeight: number },
): number {
  const scene = reportRadarScene(radar, {
    layout: PDF_RADAR_LAYOUT,
    clean: (t) => printer.clean(t),
  });
  return drawRadarScene(doc, scene, at);
}

/** The radar scene's layout in the PDF: the screen's units, so both look alike. */
export const PDF_RADAR_LAYOUT = { fontSize: FONT, levelFontSize: FONT * 0.8 } as const;

/**
 * Paints any radar scene (the report's, or the workshop's groups) scaled into `at`, its legend
 * and footnote below it; returns the height used in mm.
 */
export function drawRadarScene(
  doc: jsPDF,
  scene: RadarScene,
  at: { x: number; y: number; width: number; maxHeight: number },
): number {
  doc.setFont(FONT_FAMILY, 'normal');
  const box = extents(doc, scene);
  const pad = FONT * 0.3;
  const w = box.maxX - box.minX + 2 * pad;
  const h = box.maxY - box.minY + 2 * pad;
  const scale = Math.min(at.width / w, at.maxHeight / h);
  const ox = at.x + (at.width - w * scale) / 2 - (box.minX - pad) * scale;
  const oy = at.y - (box.minY - pad) * scale;
  const X = (v: number) => ox + v * scale;
  const Y = (v: number) => oy + v * scale;
  const P = (p: RadarPoint): RadarPoint => ({ x: X(p.x), y: Y(p.y) });
  const R = scene.markerRadius * scale;

  for (const band of scene.bands) {
    const c = hexToRgb(band.color);
    for (const piece of band.pieces) {
      doc.setGState(
        new GState({ opacity: band.fillOpacity, 'stroke-opacity': band.strokeOpacity }),
      );
      doc.setFillColor(...c);
      doc.setDrawColor(...c);
      doc.setLineWidth(band.lineWidth * scale);
      doc.setLineDashPattern([], 0);
      for (const ring of piece.rings) polygon(doc, ring.map(P), true);
      doc.fillStrokeEvenOdd();
      doc.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }));
    }
  }

  doc.setDrawColor(...hexToRgb(scene.gridColor));
  doc.setLineWidth(0.75 * scale);
  doc.setLineDashPattern([], 0);
  for (const level of scene.levels) {
    polygon(doc, level.ring.map(P), true);
    doc.stroke();
  }
  for (const axis of scene.axes) {
    doc.line(X(axis.from.x), Y(axis.from.y), X(axis.to.x), Y(axis.to.y));
  }

  for (const s of scene.series) {
    for (const seg of s.segments) {
      if (seg.points.length === 1) continue;
      setLine(doc, s.style, scale);
      if (seg.closed && s.style.fillOpacity > 0) {
        polygon(doc, seg.points.map(P), true);
        doc.setFillColor(...hexToRgb(s.style.color));
        doc.setGState(new GState({ opacity: s.style.fillOpacity }));
        doc.fill();
        doc.setGState(new GState({ opacity: 1 }));
      }
      polygon(doc, seg.points.map(P), seg.closed);
      doc.stroke();
    }
  }
  doc.setLineDashPattern([], 0);

  // Scale numbers where the scene put them (clear of the target line).
  const levelSize = scene.levelFontSize * scale;
  doc.setFontSize(levelSize / PT);
  doc.setTextColor(...MUTED);
  for (const level of scene.levels) {
    doc.text(level.number.text, X(level.number.x), Y(level.number.y), {
      align: 'center',
      baseline: 'middle',
    });
  }

  for (const s of scene.series) {
    for (const m of s.markers) {
      if (m.filled) {
        doc.setFillColor(...hexToRgb(s.style.color));
        doc.setDrawColor(...WHITE);
        doc.setLineWidth(1 * scale);
        marker(doc, m.shape, X(m.x), Y(m.y), R);
      } else {
        openMarker(doc, m.shape, s.style.color, X(m.x), Y(m.y), R * 0.9, 1.5 * scale);
      }
    }
  }
  for (const s of scene.series) {
    for (const m of s.missing)
      missingMarker(doc, scene.missingColor, X(m.x), Y(m.y), R, 1.5 * scale);
  }

  const fontMm = scene.fontSize * scale;
  doc.setFontSize(fontMm / PT);
  doc.setTextColor(...TEXT);
  const step = fontMm * scene.lineHeight;
  for (const a of scene.axes) {
    const block = a.label.lines.length * step;
    const top =
      Y(a.label.y) -
      (a.label.baseline === 'top' ? 0 : a.label.baseline === 'middle' ? block / 2 : block);
    const align =
      a.label.textAlign === 'start' ? 'left' : a.label.textAlign === 'end' ? 'right' : 'center';
    a.label.lines.forEach((line, i) => {
      doc.text(line, X(a.label.x), top + i * step + step / 2, { align, baseline: 'middle' });
    });
  }
  const used = h * scale;
  const legendHeight = legend(doc, scene, { x: at.x, y: at.y + used + 2, width: at.width });
  return (
    used +
    legendHeight +
    footnote(doc, scene, {
      x: at.x,
      y: at.y + used + legendHeight,
      width: at.width,
    })
  );
}

/** The footnote of flagged markers, in small type below the legend; returns its height. */
function footnote(
  doc: jsPDF,
  scene: RadarScene,
  at: { x: number; y: number; width: number },
): number {
  if (!scene.footnote) return 0;
  const size = 8;
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(size);
  doc.setTextColor(...TEXT);
  const lines = doc.splitTextToSize(scene.footnote, at.width) as string[];
  const lh = size * PT * 1.35;
  lines.forEach((line, i) =>
    doc.text(line, at.x, at.y + 1 + i * lh + lh / 2, { baseline: 'middle' }),
  );
  return 1 + lines.length * lh;
}

/** Legend entries in rows, each row centred; returns its height plus the gap above. */
function legend(
  doc: jsPDF,
  scene: RadarScene,
  at: { x: number; y: number; width: number },
): number {
  const size = 8.5;
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(size);
  doc.setTextColor(...TEXT);
  const swatch = 10;
  const r = 1.3;
  const draw = (entry: RadarLegendEntry, x: number, y: number): void => {
    switch (entry.kind) {
      case 'series':
        setLine(doc, entry.style, 0.35);
        doc.line(x, y, x + swatch, y);
        doc.setLineDashPattern([], 0);
        doc.setFillColor(...hexToRgb(entry.style.color));
        doc.setDrawColor(...WHITE);
        doc.setLineWidth(0.3);
        marker(doc, entry.style.marker, x + swatch / 2, y, r);
        return;
      case 'band': {
        const c = hexToRgb(entry.color);
        doc.setGState(new GState({ opacity: 0.15, 'stroke-opacity': 0.7 }));
        doc.setFillColor(...c);
        doc.setDrawColor(...c);
        doc.setLineWidth(0.25);
        doc.rect(x, y - 1.6, swatch, 3.2, 'FD');
        doc.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }));
        return;
      }
      case 'notAssessed':
        missingMarker(doc, scene.missingColor, x + swatch / 2, y, r * 1.1, 0.3);
        return;
      case 'flagged':
        openMarker(doc, entry.shape, entry.color, x + swatch / 2, y, r, 0.35);
        return;
    }
  };
  const entries = scene.legend;
  const gapAfter = 6;
  const widths = entries.map((e) => swatch + 2 + doc.getTextWidth(e.label));
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
      draw(entries[i]!, x, y);
      doc.setTextColor(...TEXT);
      doc.text(entries[i]!.label, x + swatch + 2, y, { baseline: 'middle' });
      x += widths[i]! + gapAfter;
    }
  });
  return 2 + rows.length * lh;
}
