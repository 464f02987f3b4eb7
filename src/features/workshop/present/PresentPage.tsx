import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { uiLanguageOf } from '../../../i18n/config';
import {
  editionOf,
  ELEMENT_IDS,
  frameworkKeys,
  getElement,
  LEVELS,
  statementIdsOf,
  type ElementId,
  type Level,
} from '../../../model/framework';
import { formatScore } from '../../../model/numbers';
import type { Assessment } from '../../../model/schema';
import { workshopInputOf } from '../../../model/workshop/from-assessment';
import { elementAnswered, stepElement, type PresentStep } from '../../../model/workshop/present';
import { workshopResults } from '../../../model/workshop/results';
import { useAssessments } from '../../../state/assessments';
import { useGroupName } from '../use-group-name';
import { PresentInvitations } from './PresentInvitations';
import { presentKey, usePresentStep } from './use-present-step';
import './present.css';

/**
 * The projector's window (#/present/<id>): no controls at all, large type. It moves with the
 * facilitator's window and with its own keyboard (arrows, space, a presenter's clicker).
 */
export function PresentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const a = useAssessments((s) => s.byId[id]);
  const { step, next, previous, first } = usePresentStep(id);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presentKey(event.key);
      if (action === null || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      if (action === 'next') next();
      else if (action === 'previous') previous();
      else first();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, first]);
  if (!a) {
    return (
      <main className="present">
        <h1>{t('notFound.title')}</h1>
      </main>
    );
  }
  return (
    <main className="present" aria-live="polite">
      {step.index === 0 ? <PresentInvitations a={a} /> : <PresentElement a={a} step={step} />}
    </main>
  );
}

function PresentElement({ a, step }: { a: Assessment; step: PresentStep }) {
  const { t, i18n } = useTranslation();
  const { t: fw } = useTranslation('framework');
  const groupName = useGroupName();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  const elementId = stepElement(step)!;
  const edition = editionOf(a.frameworkEdition);
  const statements = statementIdsOf(edition, elementId);
  const results = useMemo(
    () => workshopResults(workshopInputOf(a, (g) => groupName(g))),
    [a, groupName],
  );
  const team = results.team[elementId];
  const count = elementAnswered(a, elementId, statements);
  const text = (key: string) => String(fw(key as never));
  return (
    <div className="present__element">
      <p className="present__dimension">
        {text(frameworkKeys.dimensionName(getElement(elementId).dimension))} ·{' '}
        {t('workshop.present.position', { n: step.index, total: ELEMENT_IDS.length })}
      </p>
      <h1 className="present__title">{text(frameworkKeys.elementName(elementId))}</h1>
      <p className="present__answered">
        {t('workshop.present.answered', { answered: count.answered, total: count.total })}
      </p>
      {step.reveal >= 1 && (
        <>
          <DotPlot
            rows={
              a.kind === 'quick'
                ? [
                    {
                      label: text(frameworkKeys.elementShortName(elementId)),
                      counts: quickCounts(a, elementId),
                    },
                  ]
                : results.statements[elementId].map((s, i) => ({
                    label: t('assess.statements.number', { n: i + 1 }),
                    counts: s.counts,
                  }))
            }
            levelName={(l) => text(frameworkKeys.levelName(l))}
          />
          <p className="present__score">
            {t('workshop.present.team')}{' '}
            <strong>
              {team.teamScore === null
                ? t('workshop.present.noScore')
                : formatScore(team.teamScore, language)}
            </strong>
          </p>
        </>
      )}
      {step.reveal >= 2 && (
        <p className="present__score present__score--agreed">
          {t('workshop.present.agreed')}{' '}
          <strong>
            {team.agreedScore === null
              ? t('workshop.present.notAgreed')
              : formatScore(team.agreedScore, language)}
          </strong>
        </p>
      )}
    </div>
  );
}

function quickCounts(a: Assessment, elementId: ElementId): Record<Level, number> {
  const counts: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const p of a.participants) {
    const level = a.quickAnswers[p.id]?.[elementId];
    if (level !== undefined) counts[level as Level] += 1;
  }
  return counts;
}

/** How many chose each level per statement, as dots: never who. */
function DotPlot({
  rows,
  levelName,
}: {
  rows: { label: string; counts: Record<Level, number> }[];
  levelName: (level: Level) => string;
}) {
  const { t } = useTranslation();
  return (
    <table className="dot-plot">
      <caption className="visually-hidden">{t('workshop.present.dotPlot')}</caption>
      <thead>
        <tr>
          <td />
          {LEVELS.map((l) => (
            <th key={l} scope="col">
              <span className="dot-plot__level">{l}</span>
              <span className="dot-plot__level-name">{levelName(l)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {LEVELS.map((l) => (
              <td key={l}>
                <span aria-hidden="true" className="dot-plot__dots">
                  {'●'.repeat(row.counts[l])}
                </span>
                <span className="visually-hidden">{row.counts[l]}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
