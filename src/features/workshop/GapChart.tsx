import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LEVELS } from '../../model/framework';
import { formatDelta } from '../../model/numbers';
import { GAP_FLAG, type ElementGap } from '../../model/workshop/gaps';
import type { WorkshopText } from './use-workshop';

/** Where a score sits on the track, in per cent: 1 to 5 with room for a dot at either end. */
function at(score: number): string {
  return `${4 + ((score - 1) / 4) * 92}%`;
}

/**
 * One pair's perception gaps as a dumbbell per element, in the model's order (largest first): a
 * filled dot at group A's score, a ring at group B's, the line between them, and the gap as a
 * number with the flag in words. The marks are drawn in per cent of the track, so it fits a
 * phone; screen readers get each element's name, gap and flag as a list (the table after it has
 * the scores).
 */
export function GapChart({
  gaps,
  a,
  b,
  text,
}: {
  gaps: readonly ElementGap[];
  a: string;
  b: string;
  text: WorkshopText;
}) {
  const { t } = useTranslation('workshop');
  const labelId = useId();
  return (
    <figure className="gap-chart" aria-labelledby={labelId}>
      <figcaption className="gap-chart__legend">
        <span id={labelId} className="visually-hidden">
          {t('results.gaps.chart', { a, b })}
        </span>
        <span aria-hidden="true" className="gap-chart__key">
          <Mark filled /> {a}
        </span>
        <span aria-hidden="true" className="gap-chart__key">
          <Mark filled={false} /> {b}
        </span>
      </figcaption>
      <div className="gap-chart__row gap-chart__row--scale" aria-hidden="true">
        <svg className="gap-chart__track" focusable="false">
          {LEVELS.map((l) => (
            <text key={l} x={at(l)} y="70%" textAnchor="middle" className="gap-chart__level">
              {l}
            </text>
          ))}
        </svg>
      </div>
      <ol className="gap-chart__rows">
        {gaps.map((g) => (
          <li
            key={g.elementId}
            className={`gap-chart__row${g.flagged ? ' gap-chart__row--flagged' : ''}`}
          >
            <span className="gap-chart__name">{text.element(g.elementId)}</span>
            <svg className="gap-chart__track" aria-hidden="true" focusable="false">
              <line x1={at(1)} x2={at(5)} y1="50%" y2="50%" className="gap-chart__axis" />
              {LEVELS.map((l) => (
                <line key={l} x1={at(l)} x2={at(l)} y1="35%" y2="65%" className="gap-chart__axis" />
              ))}
              {g.a !== null && g.b !== null && (
                <line x1={at(g.a)} x2={at(g.b)} y1="50%" y2="50%" className="gap-chart__span" />
              )}
              {g.b !== null && <circle cx={at(g.b)} cy="50%" r="6" className="gap-chart__b" />}
              {g.a !== null && <circle cx={at(g.a)} cy="50%" r="4.5" className="gap-chart__a" />}
            </svg>
            <span className="gap-chart__value">
              {g.gap === null ? '–' : formatDelta(g.gap, text.language)}
              {g.flagged && (
                <>
                  {' '}
                  <span className="flag">
                    {t('results.gaps.flag', { size: text.score(GAP_FLAG) })}
                  </span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** The legend's mark: a filled dot for group A, a ring for group B. */
function Mark({ filled }: { filled: boolean }) {
  return (
    <svg className="gap-chart__mark" viewBox="0 0 14 14" focusable="false">
      <circle
        cx="7"
        cy="7"
        r={filled ? 4.5 : 5.5}
        className={filled ? 'gap-chart__a' : 'gap-chart__b'}
      />
    </svg>
  );
}
