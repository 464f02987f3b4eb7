import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementId } from '../../model/framework';
import type { ReportModel } from '../../model/report';
import { NextStepsList } from './NextStepsList';

interface Props {
  heading: string;
  strengths: ReportModel['strengths'];
  details: ReportModel['details']['elements'];
  improvementAreas: ReportModel['improvementAreas']['items'];
  onAdd?: (elementId: ElementId, text: string) => void;
}

/**
 * Up to three strengths, highest first. Each gets its next steps (at level 5: how to stay
 * excellent) unless it is an improvement area as well, where the same steps are listed already.
 */
export const StrengthsSection = memo(function StrengthsSection({
  heading,
  strengths,
  details,
  improvementAreas,
  onAdd,
}: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="results-section results-section--deferred"
      aria-labelledby="results-strengths"
    >
      <h2 id="results-strengths">{heading}</h2>
      {strengths.items.length === 0 ? (
        <p>{strengths.emptyText}</p>
      ) : (
        <>
          <p>{t('results.strengths.intro')}</p>
          <ol className="results-cards">
            {strengths.items.map((s) => {
              const area = improvementAreas.find((a) => a.id === s.id);
              const steps = details.find((d) => d.id === s.id)?.nextSteps ?? null;
              return (
                <li key={s.id} className="card results-card">
                  <h3 className="results-card__title">{s.name}</h3>
                  <p className="results-card__score">
                    {t('results.overall.line', {
                      score: s.score.text,
                      level: s.score.levelName,
                      index: s.score.indexText,
                    })}
                  </p>
                  {area ? (
                    <p>{t('results.strengths.alsoImprovement', { rank: area.rank })}</p>
                  ) : (
                    steps && (
                      <NextStepsList
                        elementId={s.id}
                        steps={steps}
                        onAdd={onAdd}
                        addLabel={t('results.steps.add')}
                      />
                    )
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
});
