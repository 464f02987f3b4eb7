import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ElementId } from '../../model/framework';
import type { ReportModel } from '../../model/report-types';
import { FlagBadges } from './FlagBadges';
import { DataTable } from './DataTable';
import { NextStepsList, type AddStep } from './NextStepsList';
import { ResultsSection } from './ResultsSection';

interface Props {
  heading: string;
  areas: ReportModel['improvementAreas'];
  rows: ReportModel['elements']['rows'];
  columns: ReportModel['elements']['columns'];
  onAdd?: AddStep;
}

/** The improvement areas ranked by priority, then the next steps suggested for each. */
export const ImprovementAreas = memo(function ImprovementAreas({
  heading,
  areas,
  rows,
  columns,
  onAdd,
}: Props) {
  const { t } = useTranslation();
  const importanceOf = (id: ElementId) => rows.find((r) => r.id === id)?.importanceText ?? '';
  return (
    <ResultsSection headingId="results-improvement" heading={heading} deferred fold>
      {areas.items.length === 0 ? (
        <p>{areas.emptyText}</p>
      ) : (
        <>
          <p>{t('results.improvement.intro')}</p>
          <DataTable
            caption={t('results.improvement.caption')}
            className="results-improvement"
            columns={[
              { label: t('results.improvement.rank'), num: true },
              { label: columns.element },
              { label: columns.score, num: true },
              { label: columns.target, num: true },
              { label: columns.gap, num: true },
              { label: columns.importance, num: true },
              { label: columns.priority, num: true },
            ]}
          >
            <tbody>
              {areas.items.map((a) => (
                <tr key={a.id}>
                  <td className="num">{a.rank}</td>
                  <th scope="row">
                    {a.name}
                    <FlagBadges flags={a.flags} />
                  </th>
                  <td className="num">{a.score.text}</td>
                  <td className="num">{a.targetText}</td>
                  <td className="num">{a.gapText}</td>
                  <td className="num">{importanceOf(a.id)}</td>
                  <td className="num">{a.priorityText}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <h3>{t('results.improvement.stepsHeading')}</h3>
          <ol className="results-cards">
            {areas.items.map((a) => (
              <li key={a.id} className="card results-card">
                <h4 className="results-card__title">
                  {t('results.improvement.areaHeading', { rank: a.rank, element: a.name })}
                </h4>
                <NextStepsList
                  elementId={a.id}
                  steps={a.nextSteps}
                  onAdd={onAdd}
                  addLabel={t('results.steps.add')}
                  addedLabel={t('results.steps.added')}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </ResultsSection>
  );
});
