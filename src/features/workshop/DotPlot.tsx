import { useTranslation } from '../../i18n/use-translation';
import { LEVELS, type Level } from '../../model/framework';

/** More answers than this on one level show as a number: a column of 200 dots says nothing. */
const MAX_DOTS = 12;

/**
 * An unnamed dot plot: one column per level 1 to 5, one dot per answer, never who gave it.
 * Screen readers get the counts as text.
 */
export function DotPlot({
  counts,
  dontKnow,
}: {
  counts: Readonly<Record<Level, number>>;
  dontKnow: number;
}) {
  const { t } = useTranslation('workshop');
  const parts = LEVELS.filter((l) => counts[l] > 0).map((l) =>
    t('results.dots.level', { count: counts[l], level: l }),
  );
  if (dontKnow > 0) parts.push(t('results.dots.dontKnow', { count: dontKnow }));
  const label = parts.length > 0 ? parts.join(', ') : t('results.dots.none');
  return (
    <span className="dot-plot" role="img" aria-label={label}>
      {LEVELS.map((l) => (
        <span key={l} className="dot-plot__column" aria-hidden="true">
          <span className="dot-plot__dots">
            {counts[l] > MAX_DOTS ? (
              <span className="dot-plot__many">{counts[l]}</span>
            ) : (
              Array.from({ length: counts[l] }, (_, i) => (
                <span key={i} className="dot-plot__dot" />
              ))
            )}
          </span>
          <span className="dot-plot__level">{l}</span>
        </span>
      ))}
      {dontKnow > 0 && (
        <span className="dot-plot__dk" aria-hidden="true">
          {t('results.dots.dkShort', { count: dontKnow })}
        </span>
      )}
    </span>
  );
}
