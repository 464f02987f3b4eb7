import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../src/model/framework';
import {
  radarScene,
  segmentBoxDistance,
  type RadarScene,
  type RadarSceneInput,
} from '../../src/model/radar-scene';

/*
 * Hand-worked for the default size 180: centre (90, 90), radius R = 90, value v at radius
 * 90 * v / 5 = 18 v. Nine axes 40 degrees apart, axis i at -90 + 40 i degrees (y down, so
 * clockwise on screen).
 *   Axis 0 (-90):  score 5 -> (90, 0); score 3 -> r 54 -> (90, 36).
 *   Axis 1 (-50):  cos -50 = 0.642788, sin -50 = -0.766044; score 4 -> r 72 ->
 *                  x = 90 + 46.2807 = 136.281, y = 90 - 55.1552 = 34.845.
 *   Axis 3 (30):   cos 30 = 0.866025, sin 30 = 0.5; score 2 -> r 36 -> (121.177, 108).
 */
const labels = ELEMENT_IDS.map((id) => id.replace(/-/g, ' '));
const texts = {
  notAssessed: 'not assessed',
  flagged: 'insufficient answers',
  flaggedFootnote: 'Open marker: insufficient answers (Employee engagement).',
};
const nine = (v: number | null) => ELEMENT_IDS.map(() => v);
const base = (over: Partial<RadarSceneInput> = {}): RadarSceneInput => ({
  axisLabels: labels,
  scores: { label: 'Score', values: [5, 4, 3, 2, 3, 3, 3, 3, 3] },
  targets: { label: 'Target', values: nine(4) },
  texts,
  ...over,
});
const seriesOf = (scene: RadarScene, id: string) => scene.series.find((s) => s.id === id)!;

describe('radarScene: axes and points', () => {
  const scene = radarScene(base());

  it('has nine axes 40 degrees apart, axis 0 straight up to (90, 0)', () => {
    expect(scene.center).toEqual({ x: 90, y: 90 });
    expect(scene.radius).toBe(90);
    expect(scene.axes.map((a) => a.angle)).toEqual([-90, -50, -10, 30, 70, 110, 150, 190, 230]);
    expect(scene.axes[0]!.to).toEqual({ x: 90, y: 0 });
    expect(scene.axes[0]!.elementId).toBe('vision-mission-strategy');
  });

  it('puts each score where the hand calculation says', () => {
    const m = seriesOf(scene, 'current').markers;
    expect(m[0]).toMatchObject({ x: 90, y: 0, value: 5, shape: 'circle', filled: true });
    expect(m[1]!.x).toBeCloseTo(136.281, 3);
    expect(m[1]!.y).toBeCloseTo(34.845, 3);
    expect(m[3]!.x).toBeCloseTo(121.177, 3);
    expect(m[3]!.y).toBeCloseTo(108, 3);
  });

  it('gives each kind its own line and marker, and draws the scores above the target', () => {
    expect(scene.series.map((s) => [s.id, s.kind, s.style.marker])).toEqual([
      ['target', 'target', 'square'],
      ['current', 'current', 'circle'],
    ]);
    expect(seriesOf(scene, 'target').style.dash.length).toBeGreaterThan(0);
    expect(seriesOf(scene, 'current').style.dash).toEqual([]);
  });

  it('lists the scores first in the legend', () => {
    expect(scene.legend.map((e) => e.label)).toEqual(['Score', 'Target']);
    expect(scene.footnote).toBeNull();
  });
});

describe('radarScene: previous line, team and agreed, groups, bands', () => {
  it('adds the previous scores as a dotted grey line with triangles, below the others', () => {
    const scene = radarScene(
      base({ previous: { label: 'Previous (1 March 2025)', values: nine(2) } }),
    );
    expect(scene.series.map((s) => s.id)).toEqual(['previous', 'target', 'current']);
    const prev = seriesOf(scene, 'previous');
    expect(prev.kind).toBe('previous');
    expect(prev.style.marker).toBe('triangle');
    expect(prev.style.dash.length).toBeGreaterThan(0);
    expect(prev.style.dash).not.toEqual(seriesOf(scene, 'target').style.dash);
    // Score 2 on axis 0: r = 36, so (90, 54).
    expect(prev.markers[0]).toMatchObject({ x: 90, y: 54 });
    expect(scene.legend.map((e) => e.label)).toEqual([
      'Score',
      'Target',
      'Previous (1 March 2025)',
    ]);
  });

  it('with agreed scores draws the team mean and the scores in use as the heavier agreed line', () => {
    const scene = radarScene(base({ team: { label: 'Team score', values: nine(3) } }));
    expect(scene.series.map((s) => s.kind)).toEqual(['target', 'team', 'agreed']);
    expect(seriesOf(scene, 'agreed').style.lineWidth).toBeGreaterThan(
      seriesOf(scene, 'team').style.lineWidth,
    );
    expect(scene.legend.map((e) => e.label)).toEqual(['Team score', 'Score', 'Target']);
  });

  it('gives group lines different colours, dashes and markers', () => {
    const scene = radarScene(
      base({
        groups: [
          { id: 'management', label: 'Management', values: nine(4) },
          { id: 'front', label: 'Front line', values: nine(2) },
        ],
      }),
    );
    const groups = scene.series.filter((s) => s.kind === 'group');
    expect(groups.map((g) => g.id)).toEqual(['group-management', 'group-front']);
    expect(groups[0]!.style.color).not.toBe(groups[1]!.style.color);
    expect(groups[0]!.style.marker).not.toBe(groups[1]!.style.marker);
    expect(groups[0]!.style.dash).not.toEqual(groups[1]!.style.dash);
  });

  it('turns a band of {elementId: [min, max]} into ring pieces, broken where a range is missing', () => {
    const ranges = Object.fromEntries(
      ELEMENT_IDS.map((id) => [id, id === 'monitoring' ? null : ([2, 4] as const)]),
    );
    const scene = radarScene(base({ bands: [{ id: 'team', label: 'Spread', ranges }] }));
    const band = scene.bands[0]!;
    expect(band.pieces).toHaveLength(1);
    const ring = band.pieces[0]!.rings[0]!;
    // Axes 0..7: 8 max points, then 8 min points backwards. Axis 0: max 4 -> (90, 18), min 2 -> (90, 54).
    expect(ring).toHaveLength(16);
    expect(ring[0]).toEqual({ x: 90, y: 18 });
    expect(ring[15]).toEqual({ x: 90, y: 54 });
    expect(scene.legend.map((e) => e.label)).toContain('Spread');
  });
});

describe('radarScene: not assessed and flagged', () => {
  it('breaks the line at an element without a score and marks it outside ring 5', () => {
    const values = [3, 3, 3, null, 3, 3, 3, 3, 3];
    const scene = radarScene(base({ scores: { label: 'Score', values } }));
    const cur = seriesOf(scene, 'current');
    expect(cur.segments).toHaveLength(1);
    expect(cur.segments[0]!.closed).toBe(false);
    expect(cur.missing).toHaveLength(1);
    expect(cur.missing[0]!.elementId).toBe('employee-engagement');
    expect(cur.missing[0]!.title).toBe('employee engagement (Score): not assessed');
    // Outside the outer ring: 90 + 2.5 * 4.5 = 101.25 from the centre.
    const m = cur.missing[0]!;
    expect(Math.hypot(m.x - 90, m.y - 90)).toBeCloseTo(101.25, 6);
    expect(scene.legend.map((e) => e.kind)).toEqual(['series', 'series', 'notAssessed']);
  });

  it('draws a flagged score as an open marker, with a legend entry and the footnote', () => {
    const scene = radarScene(base({ flagged: ['employee-engagement'] }));
    const cur = seriesOf(scene, 'current');
    expect(cur.markers.filter((m) => !m.filled).map((m) => m.elementId)).toEqual([
      'employee-engagement',
    ]);
    // The target line's markers are never open.
    expect(seriesOf(scene, 'target').markers.every((m) => m.filled)).toBe(true);
    expect(scene.legend.at(-1)).toEqual({
      kind: 'flagged',
      label: 'insufficient answers',
      color: cur.style.color,
      shape: 'circle',
    });
    expect(scene.footnote).toBe(texts.flaggedFootnote);
  });
});

describe('radarScene: scale numbers', () => {
  const edges = (scene: RadarScene, id: string) =>
    seriesOf(scene, id).segments.flatMap((seg) => {
      const p = seg.points;
      const out = p.slice(1).map((q, i) => [p[i]!, q] as const);
      return seg.closed ? [...out, [p[p.length - 1]!, p[0]!] as const] : out;
    });

  it('places 1 to 5 in the top-right sector, each just inside its ring', () => {
    // Sector 0's bisector is at -70 degrees: u = (0.342020, -0.939693). Ring k's edge lies at
    // 18 k cos 20 = 16.914467 k from the centre. The 6.2 x 8 box of a number reaches
    // 0.342020 * 3.1 + 0.939693 * 4 = 4.819 along u, plus a gap of 1.5: number 4 sits at
    // 67.657869 - 6.319 = 61.339 -> x = 90 + 20.979 = 110.979, y = 90 - 57.640 = 32.360.
    const scene = radarScene(base({ scores: { label: 'Score', values: nine(3) } }));
    expect(scene.levels.map((l) => l.number.text)).toEqual(['1', '2', '3', '4', '5']);
    const four = scene.levels[3]!.number;
    expect(four.x).toBeCloseTo(110.979, 2);
    expect(four.y).toBeCloseTo(32.36, 2);
  });

  it('keeps every number clear of the target line, for any targets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }),
        fc.array(fc.option(fc.integer({ min: 10, max: 50 }).map((x) => x / 10)), {
          minLength: 9,
          maxLength: 9,
        }),
        (targets, scores) => {
          const scene = radarScene(
            base({
              targets: { label: 'Target', values: targets },
              scores: { label: 'Score', values: scores },
            }),
          );
          for (const level of scene.levels) {
            for (const [a, b] of edges(scene, 'target')) {
              expect(segmentBoxDistance(a, b, level.number.box)).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves the numbers away from a score line that cuts through the top-right sector', () => {
    // Scores 5 and 4 on axes 0 and 1 run across sector 0's numbers 4 and 5.
    const scene = radarScene(base());
    const n = scene.levels[3]!.number;
    expect(Math.abs(n.x - 90 - 0.36397 * (90 - n.y))).toBeGreaterThan(1);
  });

  it('moves the numbers to another sector when the target cuts through the first', () => {
    // Target 5 on axis 0 and 1 on axis 1: the edge runs right through sector 0.
    const scene = radarScene(
      base({ targets: { label: 'Target', values: [5, 1, 4, 4, 4, 4, 4, 4, 4] } }),
    );
    const n = scene.levels[2]!.number;
    // Not on sector 0's bisector (x > 90 and y < 90 with x - 90 = 0.364 (90 - y)).
    expect(Math.abs(n.x - 90 - 0.36397 * (90 - n.y))).toBeGreaterThan(1);
  });
});

describe('segmentBoxDistance', () => {
  const box = { x: 0, y: 0, width: 2, height: 2 };
  it('is 0 when the segment crosses the box and the gap otherwise', () => {
    expect(segmentBoxDistance({ x: -1, y: 1 }, { x: 3, y: 1 }, box)).toBe(0);
    expect(segmentBoxDistance({ x: -1, y: 5 }, { x: 3, y: 5 }, box)).toBeCloseTo(3, 9);
    expect(segmentBoxDistance({ x: 5, y: -1 }, { x: 5, y: 3 }, box)).toBeCloseTo(3, 9);
  });
});
