import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel, ReportScore } from '../../model/report';
import { FlagBadges } from './FlagBadges';
import { TableWrap } from './TableWrap';

interface Props {
  heading: string;
  dimensions: ReportModel['dimensions'];
  elements: ReportModel['elements']['rows'];
}

function ScoreCells({ score }: { score: ReportScore }) {
  return (
    <>
      <td className="num">{score.text}</td>
      <td>{score.value === null ? score.text : score.levelName}</td>
      <td className="num">{score.indexText}</td>
    </>
  );
}

/** Score, level and index per dimension, each followed by its elements, with every remark as text. */
export const ScoresTable = memo(function ScoresTable({ heading, dimensions, elements }: Props) {
  const { t } = useTranslation();
  const c = dimensions.columns;
  return (
    <section className="results-section results-section--deferred" aria-labelledby="results-scores">
      <h2 id="results-scores">{heading}</h2>
      <TableWrap label={t('results.scores.caption')}>
        <table className="data-table results-scores">
          <caption className="visually-hidden">{t('results.scores.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.scores.firstColumn')}</th>
              <th scope="col" className="num">
                {c.score}
              </th>
              <th scope="col">{c.level}</th>
              <th scope="col" className="num">
                {c.index}
              </th>
              <th scope="col">{c.flags}</th>
            </tr>
          </thead>
          {dimensions.rows.map((d) => (
            <tbody key={d.id} className="results-scores__group">
              <tr className="results-scores__dimension">
                <th scope="rowgroup">{d.name}</th>
                <ScoreCells score={d.score} />
                <td>
                  <FlagBadges flags={d.flags} />
                </td>
              </tr>
              {elements
                .filter((e) => e.dimensionId === d.id)
                .map((e) => (
                  <tr key={e.id} className="results-scores__element">
                    <th scope="row">{e.name}</th>
                    <ScoreCells score={e.score} />
                    <td>
                      <FlagBadges flags={e.flags} />
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </TableWrap>
    </section>
  );
});
