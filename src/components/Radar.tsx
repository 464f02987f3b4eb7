import { useId, useMemo } from 'react';
import {
  RADAR_GRID_COLOR,
  RADAR_STYLES,
  radarBand,
  radarGeometry,
  type RadarBaseline,
  type RadarMarkerShape,
  type RadarPoint,
  type RadarSeriesStyle,
} from '../model/radar';
import './Radar.css';

export type { RadarSeriesStyle };

export interface RadarSeries {
  id: string;
  label: string;
  /** One value per element in model order: 1..5 or null (not assessed). */
  values: readonly (number | null)[];
  style: RadarSeriesStyle;
}

export interface RadarBand {
  min: readonly (number | null)[];
  max: readonly (number | null)[];
  label: string;
}

export interface RadarProps {
  series: readonly RadarSeries[];
  band?: RadarBand;
  /** Axis labels in model order, already translated (short names read best). */
  axisLabels: readonly string[];
  title: string;
  /** A text equivalent of the picture (the values per element): the SVG itself is one image. */
  description: string;
  notAssessedLabel: string;
  /** Largest rendered width in CSS pixels; the chart shrinks with its container. Default 520. */
  size?: number;
}

// Geometry in viewBox units. The font is set for a 360 px phone: the whole picture scales with its
// width, so at ~330 px the 13-unit labels come out near 11 px; Radar.css makes them smaller again
// when the chart is wide.
const PLOT = 180;
const FONT = 13;
const MARKER = 4.5;
const LINE_HEIGHT = 1.2;
// One neutral colour for every "not assessed" marker, as in the legend (7.5:1 on white).
const MISSING_COLOR = '#4b5563';
// Lower layers first, so the consensus and the current picture stay on top.
const DRAW_ORDER: readonly RadarSeriesStyle[] = ['previous', 'target', 'current', 'agreed'];

const n = (v: number): string => String(Math.round(v * 100) / 100);

function pathOf(points: readonly RadarPoint[], closed: boolean): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
  return closed ? `${d} Z` : d;
}

function markerPath(shape: RadarMarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${n(x - r)} ${n(y)} a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0 a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0 Z`;
    case 'square': {
      const h = r * 0.9;
      return pathOf(
        [
          { x: x - h, y: y - h },
          { x: x + h, y: y - h },
          { x: x + h, y: y + h },
          { x: x - h, y: y + h },
        ],
        true,
      );
    }
    case 'triangle':
      return pathOf(
        [
          { x, y: y - r * 1.2 },
          { x: x + r * 1.1, y: y + r * 0.75 },
          { x: x - r * 1.1, y: y + r * 0.75 },
        ],
        true,
      );
    case 'diamond':
      return pathOf(
        [
          { x, y: y - r * 1.3 },
          { x: x + r * 1.1, y },
          { x, y: y + r * 1.3 },
          { x: x - r * 1.1, y },
        ],
        true,
      );
  }
}

/** The em offset of the first line so the block of `lines` lines sits on its baseline. */
function firstLineDy(baseline: RadarBaseline, lines: number): string {
  const block = lines * LINE_HEIGHT;
  const top = baseline === 'top' ? 0 : baseline === 'middle' ? -block / 2 : -block;
  return `${n(top + 0.9)}em`;
}

function lineProps(style: RadarSeriesStyle) {
  const s = RADAR_STYLES[style];
  return {
    stroke: s.color,
    strokeWidth: s.lineWidth,
    strokeDasharray: s.dash.length ? s.dash.map((d) => n(d * s.lineWidth)).join(' ') : undefined,
    strokeLinecap: style === 'previous' ? ('round' as const) : ('butt' as const),
    strokeLinejoin: 'round' as const,
  };
}

function MissingMarker({ x, y, r, color }: { x: number; y: number; r: number; color: string }) {
  const k = r * 0.5;
  return (
    <>
      <circle cx={n(x)} cy={n(y)} r={n(r)} fill="#ffffff" stroke={color} strokeWidth={1.5} />
      <path
        d={`M${n(x - k)} ${n(y - k)} L${n(x + k)} ${n(y + k)} M${n(x - k)} ${n(y + k)} L${n(x + k)} ${n(y - k)}`}
        stroke={color}
        strokeWidth={1.5}
        strokeLinecap="round"
      />
    </>
  );
}

function LegendSwatch({ variant }: { variant: RadarSeriesStyle }) {
  return (
    <svg className="radar-legend__swatch" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1={2} y1={7} x2={34} y2={7} {...lineProps(variant)} fill="none" />
      <path
        d={markerPath(RADAR_STYLES[variant].marker, 18, 7, MARKER)}
        fill={RADAR_STYLES[variant].color}
        stroke="#ffffff"
        strokeWidth={1}
      />
    </svg>
  );
}

/**
 * The radar: one axis per element (model order, clockwise from the top), rings 1 to 5, one
 * polygon per series, broken where an element has no score, with a "not assessed" marker just
 * outside the outer ring on that axis. Series differ by line style and marker shape as well as
 * colour. All text comes in through props.
 */
export function Radar({
  series,
  band,
  axisLabels,
  title,
  description,
  notAssessedLabel,
  size = 520,
}: RadarProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;

  const geometry = useMemo(
    () =>
      radarGeometry({
        size: PLOT,
        series: series.map((s) => ({ id: s.id, values: s.values })),
        markerRadius: MARKER,
        labels: {
          texts: axisLabels,
          fontSize: FONT,
          lineHeight: LINE_HEIGHT,
          maxLineChars: 14,
          maxLines: 2,
        },
      }),
    [series, axisLabels],
  );
  const bandPieces = useMemo(
    () => (band ? radarBand(geometry, band.min, band.max) : []),
    [band, geometry],
  );

  const { viewBox: vb, center } = geometry;
  const drawn = series
    .map((s, index) => ({ s, g: geometry.series[index] }))
    .filter((e): e is { s: RadarSeries; g: NonNullable<typeof e.g> } => e.g !== undefined)
    .sort((a, b) => DRAW_ORDER.indexOf(a.s.style) - DRAW_ORDER.indexOf(b.s.style));
  const anyMissing = drawn.some((e) => e.g.missing.length > 0);
  const width = Math.max(1, size);
  const height = Math.round((width * vb.height) / vb.width);

  return (
    <div className="radar">
      <svg
        className="radar__svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`${n(vb.x)} ${n(vb.y)} ${n(vb.width)} ${n(vb.height)}`}
        width={width}
        height={height}
        focusable="false"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>

        {bandPieces.length > 0 && (
          <g
            className="radar__band"
            fill={RADAR_STYLES.current.color}
            stroke={RADAR_STYLES.current.color}
          >
            {bandPieces.map((piece) => (
              <path
                key={`band-${piece.elementIndices[0]}`}
                d={
                  piece.closed
                    ? `${pathOf(piece.outer, true)} ${pathOf(piece.inner, true)}`
                    : pathOf([...piece.outer, ...[...piece.inner].reverse()], true)
                }
                fillRule="evenodd"
                fillOpacity={0.15}
                strokeOpacity={0.7}
                strokeWidth={0.75}
              />
            ))}
          </g>
        )}

        <g className="radar__grid" fill="none" stroke={RADAR_GRID_COLOR} strokeWidth={0.75}>
          {geometry.rings.map((ring) => (
            <path key={`ring-${ring.level}`} d={pathOf(ring.points, true)} />
          ))}
          {geometry.axes.map((axis) => (
            <line
              key={`axis-${axis.elementIndex}`}
              x1={n(center.x)}
              y1={n(center.y)}
              x2={n(axis.end.x)}
              y2={n(axis.end.y)}
            />
          ))}
        </g>

        {drawn.map(({ s, g }) => (
          <g key={`line-${s.id}`} className={`radar__series radar__series--${s.style}`}>
            {g.segments.map((seg) => (
              <path
                key={`seg-${seg.points[0]?.elementIndex ?? 0}`}
                d={pathOf(seg.points, seg.closed)}
                fill={
                  seg.closed && (s.style === 'current' || s.style === 'agreed')
                    ? RADAR_STYLES[s.style].color
                    : 'none'
                }
                fillOpacity={0.08}
                {...lineProps(s.style)}
              />
            ))}
          </g>
        ))}

        <g className="radar__levels">
          {geometry.rings.map((ring) => (
            <text
              key={`level-${ring.level}`}
              className="radar__level"
              x={n(ring.labelAnchor.x)}
              y={n(ring.labelAnchor.y)}
              dy="0.35em"
              textAnchor="middle"
            >
              {ring.level}
            </text>
          ))}
        </g>

        {drawn.map(({ s, g }) => (
          <g
            key={`markers-${s.id}`}
            className="radar__markers"
            data-marker={RADAR_STYLES[s.style].marker}
            fill={RADAR_STYLES[s.style].color}
            stroke="#ffffff"
            strokeWidth={1}
          >
            {g.points.map((p) => (
              <path
                key={`m-${p.elementIndex}`}
                d={markerPath(RADAR_STYLES[s.style].marker, p.x, p.y, MARKER)}
              />
            ))}
          </g>
        ))}

        {drawn.map(({ s, g }) =>
          g.missing.map((m) => {
            const axisLabel = axisLabels[m.elementIndex] ?? '';
            const who = series.length > 1 ? `${axisLabel} (${s.label})` : axisLabel;
            return (
              <g
                key={`missing-${s.id}-${m.elementIndex}`}
                className="radar__missing"
                data-element-index={m.elementIndex}
              >
                <title>{`${who}: ${notAssessedLabel}`}</title>
                <MissingMarker x={m.x} y={m.y} r={MARKER} color={MISSING_COLOR} />
              </g>
            );
          }),
        )}

        <g className="radar__labels">
          {geometry.axes.map((axis) => (
            <text
              key={`label-${axis.elementIndex}`}
              className="radar__label"
              x={n(axis.labelAnchor.x)}
              y={n(axis.labelAnchor.y)}
              textAnchor={axis.textAlign}
              fontSize={FONT}
            >
              {axis.labelLines.map((line, i) => (
                <tspan
                  key={i}
                  x={n(axis.labelAnchor.x)}
                  dy={
                    i === 0
                      ? firstLineDy(axis.baseline, axis.labelLines.length)
                      : `${LINE_HEIGHT}em`
                  }
                >
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      </svg>

      <ul className="radar-legend">
        {series.map((s) => (
          <li key={s.id} className="radar-legend__item">
            <LegendSwatch variant={s.style} />
            <span>{s.label}</span>
          </li>
        ))}
        {band && (
          <li className="radar-legend__item">
            <svg
              className="radar-legend__swatch"
              viewBox="0 0 36 14"
              aria-hidden="true"
              focusable="false"
            >
              <rect
                x={2}
                y={2}
                width={32}
                height={10}
                fill={RADAR_STYLES.current.color}
                fillOpacity={0.15}
                stroke={RADAR_STYLES.current.color}
                strokeOpacity={0.7}
                strokeWidth={0.75}
              />
            </svg>
            <span>{band.label}</span>
          </li>
        )}
        {anyMissing && (
          <li className="radar-legend__item">
            <svg
              className="radar-legend__swatch"
              viewBox="0 0 36 14"
              aria-hidden="true"
              focusable="false"
            >
              <MissingMarker x={18} y={7} r={MARKER} color={MISSING_COLOR} />
            </svg>
            <span>{notAssessedLabel}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
