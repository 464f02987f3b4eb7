import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportModel } from '../../model/report-types';
import { NextStepsList, type AddStep } from './NextStepsList';
import { ResultsSection } from './ResultsSection';

interface Props {
  heading: string;
  strengths: ReportModel['strengths'];
  details: ReportModel['details']['elements'];
  improvementAreas: ReportModel['improvementAreas']['items'];
  onAdd?: AddStep;
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
    <ResultsSection headingId="results-strengths" heading={heading} deferred fold>
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
                        addedLabel={t('results.steps.added')}
                      />
                    )
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </ResultsSection>
  );
});
