import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  radarAxisAngle,
  radarBand,
  radarGeometry,
  radarRuns,
  radarValue,
  wrapRadarLabel,
  type RadarGeometry,
} from '../../src/model/radar';

/*
 * Hand-worked geometry for size 200, padding 0: centre (100, 100), radius 100, value v at
 * radius 100 * v / 5 (ring 1 at 20, ring 5 at 100). Axis i points at -90 + 40 * i degrees
 * (y grows downwards, so increasing angles go clockwise on screen).
 *
 * Axis 2 (service-culture): -90 + 80 = -10 degrees.
 *   cos(-10 deg) = 0.984808, sin(-10 deg) = -0.173648
 *   end (v = 5, r = 100): x = 100 + 98.4808 = 198.481, y = 100 - 17.3648 = 82.635
 *   v = 3 (r = 60):       x = 100 + 59.0885 = 159.088, y = 100 - 10.4189 = 89.581
 * Axis 0: -90 degrees, end (100, 0): straight up.
 * Markers default to radius 200 / 40 = 5; "not assessed" sits at 100 + 2.5 * 5 = 112.5,
 * so on axis 0 at (100, -12.5): outside ring 5, off the scale.
 */
const SIZE = 200;
const all = (v: number | null): (number | null)[] => Array.from({ length: 9 }, () => v);
const withNull = (indices: number[], v = 3): (number | null)[] =>
  all(v).map((x, i) => (indices.includes(i) ? null : x));
const geo = (...values: (number | null)[][]): RadarGeometry =>
  radarGeometry({ size: SIZE, series: values.map((v, i) => ({ id: `s${i}`, values: v })) });
const indicesOf = (g: RadarGeometry, s = 0) =>
  g.series[s]!.segments.map((seg) => seg.points.map((p) => p.elementIndex));

describe('radarGeometry: frame', () => {
  const g = geo(all(3));

  it('has centre (100, 100), radius 100 and nine axes', () => {
    expect(g.center).toEqual({ x: 100, y: 100 });
    expect(g.radius).toBe(100);
    expect(g.axes).toHaveLength(9);
    expect(g.axes.map((a) => a.angle)).toEqual([-90, -50, -10, 30, 70, 110, 150, 190, 230]);
  });

  it('puts axis 0 straight up', () => {
    expect(g.axes[0]!.end).toEqual({ x: 100, y: 0 });
  });

  it('puts the end of axis 2 (-10 degrees) where the hand calculation says', () => {
    expect(g.axes[2]!.end.x).toBeCloseTo(198.481, 3);
    expect(g.axes[2]!.end.y).toBeCloseTo(82.635, 3);
  });

  it('goes clockwise: axis 1 is up and to the right, axis 8 up and to the left', () => {
    expect(g.axes[1]!.end.x).toBeGreaterThan(100);
    expect(g.axes[1]!.end.y).toBeLessThan(100);
    expect(g.axes[8]!.end.x).toBeLessThan(100);
    expect(g.axes[8]!.end.y).toBeLessThan(100);
  });

  it('draws rings 1 to 5 as 9-gons at radius 20, 40, ..., 100', () => {
    expect(g.rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(g.rings.map((r) => r.radius)).toEqual([20, 40, 60, 80, 100]);
    for (const ring of g.rings) expect(ring.points).toHaveLength(9);
    expect(g.rings[0]!.points[0]).toEqual({ x: 100, y: 80 });
    expect(g.rings[4]!.points).toEqual(g.axes.map((a) => a.end));
  });

  it('puts the level numbers on the rings half-way between axis 0 and axis 1', () => {
    // Axis 1 end: (100 + 100 cos 50, 100 - 100 sin 50) = (164.279, 23.396); with (100, 0): the
    // midpoint is (132.139, 11.698). Ring 1 is the same at a fifth: (106.428, 82.340).
    expect(g.rings[4]!.labelAnchor.x).toBeCloseTo(132.139, 3);
    expect(g.rings[4]!.labelAnchor.y).toBeCloseTo(11.698, 3);
    expect(g.rings[0]!.labelAnchor.x).toBeCloseTo(106.428, 3);
    expect(g.rings[0]!.labelAnchor.y).toBeCloseTo(82.34, 3);
  });

  it('honours padding: the radius shrinks, the centre stays', () => {
    const p = radarGeometry({ size: SIZE, series: [], padding: 20 });
    expect(p.radius).toBe(80);
    expect(p.center).toEqual({ x: 100, y: 100 });
    expect(p.axes[0]!.end).toEqual({ x: 100, y: 20 });
  });

  it('exposes the axis angle helper', () => {
    expect(radarAxisAngle(0)).toBe(-90);
    expect(radarAxisAngle(2)).toBe(-10);
    expect(radarAxisAngle(8)).toBe(230);
  });
});

describe('radarGeometry: series', () => {
  it('maps value 5 onto the outer ring and value 3 onto ring 3', () => {
    const g = geo(all(5), all(3));
    expect(g.series[0]!.points.map(({ x, y }) => ({ x, y }))).toEqual(g.rings[4]!.points);
    const p = g.series[1]!.points[2]!;
    expect(p.x).toBeCloseTo(159.088, 3);
    expect(p.y).toBeCloseTo(89.581, 3);
    expect(g.series[1]!.points[0]).toEqual({ elementIndex: 0, value: 3, x: 100, y: 40 });
  });

  it('makes all nine values one closed ring', () => {
    const g = geo(all(4));
    expect(g.series[0]!.segments).toHaveLength(1);
    expect(g.series[0]!.segments[0]!.closed).toBe(true);
    expect(indicesOf(g)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(g.series[0]!.missing).toEqual([]);
  });

  it('with a null at index 0 gives one open segment from 1 to 8', () => {
    const g = geo(withNull([0]));
    expect(g.series[0]!.segments).toHaveLength(1);
    expect(g.series[0]!.segments[0]!.closed).toBe(false);
    expect(indicesOf(g)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(g.series[0]!.missing.map((m) => m.elementIndex)).toEqual([0]);
  });

  it('with a null in the middle wraps the one open segment past axis 0', () => {
    expect(indicesOf(geo(withNull([4])))).toEqual([[5, 6, 7, 8, 0, 1, 2, 3]]);
  });

  it('splits the polygon at every null, never drawing a missing value as 0 or 1', () => {
    const g = geo(withNull([2, 6]));
    expect(indicesOf(g)).toEqual([
      [3, 4, 5],
      [7, 8, 0, 1],
    ]);
    expect(g.series[0]!.segments.every((s) => !s.closed)).toBe(true);
    expect(g.series[0]!.points.map((p) => p.elementIndex)).toEqual([0, 1, 3, 4, 5, 7, 8]);
    expect(g.series[0]!.missing.map((m) => m.elementIndex)).toEqual([2, 6]);
  });

  it('keeps an isolated value as a one-point segment (marker only, no line)', () => {
    expect(indicesOf(geo(withNull([0, 2])))).toEqual([[1], [3, 4, 5, 6, 7, 8]]);
  });

  it('with all values null has no segments, no points and nine missing markers', () => {
    const g = geo(all(null));
    expect(g.series[0]!.segments).toEqual([]);
    expect(g.series[0]!.points).toEqual([]);
    expect(g.series[0]!.missing.map((m) => m.elementIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('puts the not-assessed marker on its axis just outside the outer ring', () => {
    const g = geo(all(null));
    expect(g.missingRadius).toBe(112.5);
    expect(g.series[0]!.missing[0]).toEqual({ elementIndex: 0, x: 100, y: -12.5 });
    for (const m of g.series[0]!.missing) {
      const a = (g.axes[m.elementIndex]!.angle * Math.PI) / 180;
      expect(m.x).toBeCloseTo(100 + 112.5 * Math.cos(a), 6);
      expect(m.y).toBeCloseTo(100 + 112.5 * Math.sin(a), 6);
      // Clear of a value-5 marker (radius 5 at distance 100) and inside the label anchor.
      expect(Math.hypot(m.x - 100, m.y - 100) - g.markerRadius).toBeGreaterThan(
        100 + g.markerRadius,
      );
      const anchor = g.axes[m.elementIndex]!.labelAnchor;
      expect(Math.hypot(anchor.x - 100, anchor.y - 100)).toBeGreaterThan(112.5 + g.markerRadius);
    }
  });

  it('sets the markers of two series that both miss an axis side by side, not on top', () => {
    const g = geo(withNull([0]), withNull([0]));
    const [a, b] = [g.series[0]!.missing[0]!, g.series[1]!.missing[0]!];
    expect(a.y).toBeCloseTo(-12.5, 6);
    expect(b.y).toBeCloseTo(-12.5, 6);
    expect(a.x + b.x).toBeCloseTo(200, 6); // symmetric around axis 0
    expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(2 * g.markerRadius);
  });

  it('treats undefined, NaN and short arrays as missing and clamps to 1..5', () => {
    const g = radarGeometry({ size: SIZE, series: [{ id: 'x', values: [NaN, 7, 0, 2] }] });
    expect(g.series[0]!.points.map((p) => [p.elementIndex, p.value])).toEqual([
      [1, 5],
      [2, 1],
      [3, 2],
    ]);
    expect(g.series[0]!.missing.map((m) => m.elementIndex)).toEqual([0, 4, 5, 6, 7, 8]);
    expect(radarValue(Infinity)).toBeNull();
    expect(radarValue(undefined)).toBeNull();
    expect(radarValue(3.4)).toBe(3.4);
  });

  it('for any input: markers and gaps add up, every number is finite', () => {
    const value = fc.option(
      fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })),
      {
        nil: null,
      },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 9, maxLength: 9 }), (values) => {
        const g = geo(values);
        const s = g.series[0]!;
        const present = values.filter((v) => v !== null).length;
        expect(s.points).toHaveLength(present);
        expect(s.missing).toHaveLength(9 - present);
        expect(s.segments.reduce((sum, seg) => sum + seg.points.length, 0)).toBe(present);
        const flat = JSON.stringify(g);
        expect(flat).not.toMatch(/NaN|Infinity|null,"x"/);
        for (const p of s.points) {
          const r = Math.hypot(p.x - 100, p.y - 100);
          expect(r).toBeGreaterThanOrEqual(20 - 1e-6);
          expect(r).toBeLessThanOrEqual(100 + 1e-6);
        }
      }),
    );
  });
});

describe('radarRuns', () => {
  it('finds cyclic runs in axis order', () => {
    expect(radarRuns([true, true, true])).toEqual([{ closed: true, indices: [0, 1, 2] }]);
    expect(radarRuns([false, false])).toEqual([]);
    expect(radarRuns([true, false, true, true])).toEqual([{ closed: false, indices: [2, 3, 0] }]);
  });
});

describe('radarGeometry: labels', () => {
  const texts = [
    'Vision, mission and strategy',
    'Leadership commitment',
    'Service culture',
    'Employee engagement',
    'Customer understanding',
    'Experience design',
    'Service innovation',
    'Processes and structure',
    'Monitoring',
  ];
  const g = radarGeometry({ size: SIZE, series: [], labels: { texts } });

  it('aligns each label away from the chart by side', () => {
    const align = g.axes.map((a) => `${a.textAlign}/${a.baseline}`);
    expect(align).toEqual([
      'middle/bottom', // 0: top
      'start/bottom', // 1: upper right
      'start/middle', // 2: right
      'start/middle', // 3: lower right
      'start/top', // 4: bottom right
      'end/top', // 5: bottom left
      'end/middle', // 6
      'end/middle', // 7
      'end/bottom', // 8: upper left
    ]);
  });

  it('anchors labels a bit outside the outer ring and the missing markers', () => {
    for (const a of g.axes) {
      const d = Math.hypot(a.labelAnchor.x - 100, a.labelAnchor.y - 100);
      expect(d).toBeGreaterThan(g.missingRadius + g.markerRadius);
      expect(d).toBeLessThan(g.radius * 1.4);
    }
    expect(g.axes[0]!.labelAnchor.x).toBe(100);
  });

  it('wraps the texts into at most two lines', () => {
    expect(g.axes[3]!.labelLines).toEqual(['Employee', 'engagement']);
    expect(g.axes[8]!.labelLines).toEqual(['Monitoring']);
    for (const a of g.axes) {
      expect(a.labelLines.length).toBeGreaterThan(0);
      expect(a.labelLines.length).toBeLessThanOrEqual(2);
    }
  });

  it('advises a viewBox that holds every label box', () => {
    const vb = g.viewBox;
    expect(vb.x).toBe(-g.viewBoxPadding.left);
    expect(vb.y).toBe(-g.viewBoxPadding.top);
    expect(vb.width).toBeCloseTo(200 + g.viewBoxPadding.left + g.viewBoxPadding.right, 6);
    for (const a of g.axes) {
      const b = a.labelBox;
      expect(b.x).toBeGreaterThanOrEqual(vb.x);
      expect(b.y).toBeGreaterThanOrEqual(vb.y);
      expect(b.x + b.width).toBeLessThanOrEqual(vb.x + vb.width);
      expect(b.y + b.height).toBeLessThanOrEqual(vb.y + vb.height);
    }
    // Side labels need more room than the ring itself; the top one sits above it.
    expect(g.viewBoxPadding.right).toBeGreaterThan(50);
    expect(g.viewBoxPadding.top).toBeGreaterThan(2 * g.fontSize * g.lineHeight);
  });

  it('reserves space from maxLabelChars alone, more for longer labels', () => {
    const short = radarGeometry({ size: SIZE, series: [], labels: { maxLabelChars: 10 } });
    const long = radarGeometry({ size: SIZE, series: [], labels: { maxLabelChars: 40 } });
    const none = radarGeometry({ size: SIZE, series: [] });
    expect(short.viewBoxPadding.right).toBeGreaterThan(none.viewBoxPadding.right);
    expect(long.viewBoxPadding.right).toBeGreaterThan(short.viewBoxPadding.right);
    expect(long.viewBoxPadding.top).toBeGreaterThan(short.viewBoxPadding.top);
    // Even without labels the missing markers fit: 112.5 + 1.5 * 5 = 120 > 100.
    expect(none.viewBoxPadding.top).toBeGreaterThanOrEqual(20);
  });
});

describe('wrapRadarLabel', () => {
  it('keeps short labels on one line', () => {
    expect(wrapRadarLabel('Monitoring')).toEqual(['Monitoring']);
  });

  it('breaks at spaces, lengthening lines rather than adding a third', () => {
    expect(wrapRadarLabel('Service innovation management')).toEqual([
      'Service innovation',
      'management',
    ]);
    const lines = wrapRadarLabel('Service excellence vision, mission and strategy');
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('Service excellence vision, mission and strategy');
  });

  it('breaks after a hyphen but never inside a word', () => {
    expect(wrapRadarLabel('Service-excellencecultuur')).toEqual(['Service-', 'excellencecultuur']);
    expect(wrapRadarLabel('Klantbelevingsontwerpvernieuwing')).toEqual([
      'Klantbelevingsontwerpvernieuwing',
    ]);
  });

  it('returns no lines for an empty label', () => {
    expect(wrapRadarLabel('   ')).toEqual([]);
  });
});

describe('radarBand', () => {
  const g = geo();

  it('is one closed ring-shaped piece when min and max are complete', () => {
    const pieces = radarBand(g, all(2), all(4));
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.closed).toBe(true);
    expect(pieces[0]!.outer).toHaveLength(9);
    expect(pieces[0]!.inner).toHaveLength(9);
    // Axis 0: max 4 at radius 80 -> (100, 20); min 2 at radius 40 -> (100, 60).
    expect(pieces[0]!.outer[0]).toEqual({ x: 100, y: 20 });
    expect(pieces[0]!.inner[0]).toEqual({ x: 100, y: 60 });
  });

  it('breaks where either min or max is null', () => {
    const min = withNull([3], 2);
    const max = withNull([7], 4);
    const pieces = radarBand(g, min, max);
    expect(pieces.map((p) => p.elementIndices)).toEqual([
      [4, 5, 6],
      [8, 0, 1, 2],
    ]);
    expect(pieces.every((p) => !p.closed && p.outer.length === p.inner.length)).toBe(true);
  });

  it('puts swapped min and max right and gives nothing when all is missing', () => {
    const pieces = radarBand(g, all(4), all(2));
    expect(pieces[0]!.outer[0]).toEqual({ x: 100, y: 20 });
    expect(radarBand(g, all(null), all(3))).toEqual([]);
  });
});
