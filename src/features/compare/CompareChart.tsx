import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Radar } from '../../components/Radar';
import type { Comparison } from '../../model/compare';
import { ELEMENT_IDS, type ElementId } from '../../model/framework';
import { formatScore } from '../../model/numbers';
import { radarScene } from '../../model/radar-scene';
import type { Language } from '../../model/schema';

interface Props {
  nameA: string;
  nameB: string;
  cmp: Comparison;
  flaggedA: readonly ElementId[];
  flaggedB: readonly ElementId[];
  shortName: (id: ElementId) => string;
  lang: Language;
}

/** The two assessments on one radar: B as the main line, A as the earlier, dotted one. */
export function CompareChart({ nameA, nameB, cmp, flaggedA, flaggedB, shortName, lang }: Props) {
  const { t } = useTranslation();
  const scene = useMemo(
    () =>
      radarScene({
        axisLabels: ELEMENT_IDS.map(shortName),
        scores: {
          label: t('compare.lineB', { name: nameB }),
          values: cmp.elements.map((e) => e.current),
        },
        previous: {
          label: t('compare.lineA', { name: nameA }),
          values: cmp.elements.map((e) => e.previous),
        },
        targets: null,
        flagged: flaggedB,
        flaggedPrevious: flaggedA,
        texts: {
          notAssessed: t('compare.notAssessed'),
          flagged: t('compare.flagged'),
          flaggedFootnote: t('compare.flaggedFootnote', {
            elements: [...new Set([...flaggedB, ...flaggedA])].map(shortName).join(', '),
          }),
        },
      }),
    [cmp, nameA, nameB, flaggedA, flaggedB, shortName, t],
  );
  const score = (v: number | null) =>
    v === null ? t('compare.notAssessed') : formatScore(v, lang);
  const description = t('compare.radarDescription', {
    values: cmp.elements
      .map((e) =>
        t('compare.radarItem', {
          element: shortName(e.elementId),
          a: score(e.previous),
          b: score(e.current),
        }),
      )
      .join('; '),
  });
  return (
    <section className="compare-page__chart" aria-labelledby="compare-radar">
      <h2 id="compare-radar">{t('compare.radarHeading')}</h2>
      <Radar
        scene={scene}
        title={t('compare.radarTitle', { a: nameA, b: nameB })}
        description={description}
      />
    </section>
  );
}
