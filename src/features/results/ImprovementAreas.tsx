import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementId } from '../../model/framework';
import type { ReportModel } from '../../model/report';
import { FlagBadges } from './FlagBadges';
import { TableWrap } from './TableWrap';
import { NextStepsList } from './NextStepsList';

interface Props {
  heading: string;
  areas: ReportModel['improvementAreas'];
  rows: ReportModel['elements']['rows'];
  columns: ReportModel['elements']['columns'];
  onAdd?: (elementId: ElementId, text: string) => void;
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
    <section
      className="results-section results-section--deferred"
      aria-labelledby="results-improvement"
    >
      <h2 id="results-improvement">{heading}</h2>
      {areas.items.length === 0 ? (
        <p>{areas.emptyText}</p>
      ) : (
        <>
          <p>{t('results.improvement.intro')}</p>
          <TableWrap label={t('results.improvement.caption')}>
            <table className="data-table results-improvement">
              <caption className="visually-hidden">{t('results.improvement.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('results.improvement.rank')}
                  </th>
                  <th scope="col">{columns.element}</th>
                  <th scope="col" className="num">
                    {columns.score}
                  </th>
                  <th scope="col" className="num">
                    {columns.target}
                  </th>
                  <th scope="col" className="num">
                    {columns.gap}
                  </th>
                  <th scope="col" className="num">
                    {columns.importance}
                  </th>
                  <th scope="col" className="num">
                    {columns.priority}
                  </th>
                </tr>
              </thead>
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
            </table>
          </TableWrap>
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
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
