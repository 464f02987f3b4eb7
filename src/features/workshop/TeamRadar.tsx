import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Radar } from '../../components/Radar';
import { ELEMENT_IDS, frameworkKeys, type ElementId } from '../../model/framework';
import { displayScore } from '../../model/numbers';
import { radarScene } from '../../model/radar-scene';
import type { Assessment } from '../../model/schema';
import type { WorkshopResults } from '../../model/workshop/results';
import { useWorkshopText } from './use-workshop';

const shown = (x: number | null) => (x === null ? null : displayScore(x));

/**
 * Two radars from the one radar scene: the team's scores with the spread (min to max) as a band,
 * and the groups' scores as lines (only groups whose figures may be shown).
 */
export function TeamRadars({ a, results }: { a: Assessment; results: WorkshopResults }) {
  const { t } = useTranslation('workshop');
  const { t: tf } = useTranslation('framework');
  const text = useWorkshopText(a);
  const axisLabels = ELEMENT_IDS.map((id) =>
    String(tf(frameworkKeys.elementShortName(id) as never)),
  );
  const groups = results.groups.filter((g) => g.elements !== null);

  const scenes = useMemo(() => {
    const team = ELEMENT_IDS.map((id) => results.team[id]);
    const agreed = team.some((e) => e.agreedScore !== null);
    const ranges: Partial<Record<ElementId, readonly [number, number]>> = {};
    for (const e of team) {
      if (e.spread) ranges[e.elementId] = [displayScore(e.spread.min), displayScore(e.spread.max)];
    }
    const texts = {
      notAssessed: t('results.radar.notAssessed'),
      flagged: t('results.flags.insufficient'),
      flaggedFootnote: t('results.radar.flaggedFootnote'),
    };
    const scores = {
      label: t(agreed ? 'results.radar.agreed' : 'results.radar.team'),
      values: team.map((e) => shown(e.effectiveScore)),
    };
    const targets = {
      label: t('results.radar.target'),
      values: ELEMENT_IDS.map((id) => a.elements[id].target),
    };
    const flagged = team.filter((e) => e.effectiveInsufficient).map((e) => e.elementId);
    return {
      team: radarScene({
        axisLabels,
        scores,
        targets,
        team: agreed
          ? { label: t('results.radar.team'), values: team.map((e) => shown(e.teamScore)) }
          : null,
        bands: [{ id: 'spread', label: t('results.radar.spread'), ranges }],
        flagged,
        texts,
      }),
      groups:
        groups.length === 0
          ? null
          : radarScene({
              axisLabels,
              scores,
              targets,
              groups: groups.map((g) => ({
                id: g.groupId,
                label: g.name,
                values: ELEMENT_IDS.map((id) => shown(g.elements![id].teamScore)),
              })),
              flagged,
              texts,
            }),
    };
    // axisLabels is rebuilt each render from t; its text only changes with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results, a.elements, t, tf, groups]);

  const describe = (values: (id: ElementId) => string) =>
    ELEMENT_IDS.map((id, i) => `${axisLabels[i]}: ${values(id)}`).join('; ');

  return (
    <div className="workshop-radars">
      <div className="workshop-radars__chart">
        <Radar
          scene={scenes.team}
          title={t('results.radar.teamTitle')}
          description={describe((id) => {
            const e = results.team[id];
            return e.spread
              ? t('results.radar.teamItem', {
                  score: text.score(shown(e.effectiveScore)),
                  min: text.score(displayScore(e.spread.min)),
                  max: text.score(displayScore(e.spread.max)),
                })
              : t('results.radar.notAssessed');
          })}
          size={440}
        />
      </div>
      {scenes.groups && (
        <div className="workshop-radars__chart">
          <Radar
            scene={scenes.groups}
            title={t('results.radar.groupsTitle')}
            description={describe((id) =>
              groups
                .map((g) => `${g.name} ${text.score(shown(g.elements![id].teamScore))}`)
                .join(', '),
            )}
            size={440}
          />
        </div>
      )}
    </div>
  );
}
