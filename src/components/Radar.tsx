import { useId, type ReactNode } from 'react';
import type { RadarBaseline, RadarMarkerShape, RadarPoint } from '../model/radar';
import type { RadarLineStyle, RadarScene, RadarSceneMarker } from '../model/radar-scene';
import './Radar.css';

export interface RadarProps {
  /** Everything drawn, from radarScene() or reportRadarScene() in src/model/radar-scene.ts. */
  scene: RadarScene;
  title: string;
  /** A text equivalent of the picture (the values per element): the SVG itself is one image. */
  description: string;
  /** Largest rendered width in CSS pixels; the chart shrinks with its container. Default 520. */
  size?: number;
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

function pathOf(points: readonly RadarPoint[], closed: boolean): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
  return closed ? `${d} Z` : d;
}

/** The outline of a marker shape centred on (x, y) with radius r (same shapes as the PDF). */
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
function firstLineDy(baseline: RadarBaseline, lines: number, lineHeight: number): string {
  const block = lines * lineHeight;
  const top = baseline === 'top' ? 0 : baseline === 'middle' ? -block / 2 : -block;
  return `${n(top + 0.9)}em`;
}

function lineProps(style: RadarLineStyle) {
  return {
    stroke: style.color,
    strokeWidth: style.lineWidth,
    strokeDasharray: style.dash.length ? style.dash.map(n).join(' ') : undefined,
    strokeLinecap: style.lineCap,
    strokeLinejoin: 'round' as const,
  };
}

function Marker({ m, line: style, r }: { m: RadarSceneMarker; line: RadarLineStyle; r: number }) {
  // A flagged score: the same shape as an outline on white, so it reads "not firm".
  return m.filled ? (
    <path
      d={markerPath(m.shape, m.x, m.y, r)}
      fill={style.color}
      stroke="#ffffff"
      strokeWidth={1}
    />
  ) : (
    <path
      className="radar__marker--open"
      d={markerPath(m.shape, m.x, m.y, r * 0.9)}
      fill="#ffffff"
      stroke={style.color}
      strokeWidth={1.5}
    />
  );
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

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="radar-legend__swatch" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/**
 * Paints a radar scene (src/model/radar-scene.ts): bands, grid, lines, scale numbers, markers,
 * "not assessed" markers and labels, in that order, then the legend and the footnote below. It
 * decides nothing itself: which lines, their styles and marker shapes all come in the scene.
 */
export function Radar({ scene, title, description, size = 520 }: RadarProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const { viewBox: vb, center, markerRadius: R } = scene;
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

        {scene.bands.map((band) => (
          <g key={`band-${band.id}`} className="radar__band" fill={band.color} stroke={band.color}>
            {band.pieces.map((piece, i) => (
              <path
                key={i}
                d={piece.rings.map((ring) => pathOf(ring, true)).join(' ')}
                fillRule="evenodd"
                fillOpacity={band.fillOpacity}
                strokeOpacity={band.strokeOpacity}
                strokeWidth={band.lineWidth}
              />
            ))}
          </g>
        ))}

        <g className="radar__grid" fill="none" stroke={scene.gridColor} strokeWidth={0.75}>
          {scene.levels.map((level) => (
            <path key={`ring-${level.level}`} d={pathOf(level.ring, true)} />
          ))}
          {scene.axes.map((axis) => (
            <line
              key={`axis-${axis.index}`}
              x1={n(center.x)}
              y1={n(center.y)}
              x2={n(axis.to.x)}
              y2={n(axis.to.y)}
            />
          ))}
        </g>

        {scene.series.map((s) => (
          <g key={`line-${s.id}`} className={`radar__series radar__series--${s.kind}`}>
            {s.segments.map((seg, i) => (
              <path
                key={i}
                d={pathOf(seg.points, seg.closed)}
                fill={seg.closed && s.style.fillOpacity > 0 ? s.style.color : 'none'}
                fillOpacity={s.style.fillOpacity || undefined}
                {...lineProps(s.style)}
              />
            ))}
          </g>
        ))}

        <g className="radar__levels">
          {scene.levels.map((level) => (
            <text
              key={`level-${level.level}`}
              className="radar__level"
              x={n(level.number.x)}
              y={n(level.number.y)}
              dy="0.35em"
              textAnchor="middle"
              fontSize={scene.levelFontSize}
            >
              {level.number.text}
            </text>
          ))}
        </g>

        {scene.series.map((s) => (
          <g
            key={`markers-${s.id}`}
            className="radar__markers"
            data-series={s.id}
            data-marker={s.style.marker}
          >
            {s.markers.map((m) => (
              <Marker key={m.elementIndex} m={m} line={s.style} r={R} />
            ))}
          </g>
        ))}

        {scene.series.map((s) =>
          s.missing.map((m) => (
            <g
              key={`missing-${s.id}-${m.elementIndex}`}
              className="radar__missing"
              data-element-index={m.elementIndex}
            >
              <title>{m.title}</title>
              <MissingMarker x={m.x} y={m.y} r={R} color={scene.missingColor} />
            </g>
          )),
        )}

        <g className="radar__labels">
          {scene.axes.map((axis) => (
            <text
              key={`label-${axis.index}`}
              className="radar__label"
              x={n(axis.label.x)}
              y={n(axis.label.y)}
              textAnchor={axis.label.textAlign}
              fontSize={scene.fontSize}
            >
              {axis.label.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={n(axis.label.x)}
                  dy={
                    i === 0
                      ? firstLineDy(axis.label.baseline, axis.label.lines.length, scene.lineHeight)
                      : `${scene.lineHeight}em`
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
        {scene.legend.map((entry) => {
          switch (entry.kind) {
            case 'series':
              return (
                <li key={`s-${entry.id}`} className="radar-legend__item">
                  <Swatch>
                    <line x1={2} y1={7} x2={34} y2={7} {...lineProps(entry.style)} fill="none" />
                    <path
                      d={markerPath(entry.style.marker, 18, 7, R)}
                      fill={entry.style.color}
                      stroke="#ffffff"
                      strokeWidth={1}
                    />
                  </Swatch>
                  <span>{entry.label}</span>
                </li>
              );
            case 'band':
              return (
                <li key={`b-${entry.id}`} className="radar-legend__item">
                  <Swatch>
                    <rect
                      x={2}
                      y={2}
                      width={32}
                      height={10}
                      fill={entry.color}
                      fillOpacity={0.15}
                      stroke={entry.color}
                      strokeOpacity={0.7}
                      strokeWidth={0.75}
                    />
                  </Swatch>
                  <span>{entry.label}</span>
                </li>
              );
            case 'notAssessed':
              return (
                <li key="not-assessed" className="radar-legend__item">
                  <Swatch>
                    <MissingMarker x={18} y={7} r={R} color={scene.missingColor} />
                  </Swatch>
                  <span>{entry.label}</span>
                </li>
              );
            case 'flagged':
              return (
                <li key="flagged" className="radar-legend__item">
                  <Swatch>
                    <path
                      d={markerPath(entry.shape, 18, 7, R * 0.9)}
                      fill="#ffffff"
                      stroke={entry.color}
                      strokeWidth={1.5}
                    />
                  </Swatch>
                  <span>{entry.label}</span>
                </li>
              );
          }
        })}
      </ul>
      {scene.footnote && <p className="radar__footnote">{scene.footnote}</p>}
    </div>
  );
}
