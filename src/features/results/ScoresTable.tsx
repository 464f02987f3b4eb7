import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportFlag, ReportModel, ReportScore } from '../../model/report-types';
import { DataTable, levelText } from './DataTable';
import { FlagBadges } from './FlagBadges';
import { ResultsSection } from './ResultsSection';

interface Props {
  heading: string;
  dimensions: ReportModel['dimensions'];
  elements: ReportModel['elements']['rows'];
}

/** A dimension (heading its group) or an element: name, score, level, index and remarks. */
function ScoreRow({
  scope,
  className,
  name,
  score,
  flags,
}: {
  scope: 'rowgroup' | 'row';
  className: string;
  name: string;
  score: ReportScore;
  flags: readonly ReportFlag[];
}) {
  return (
    <tr className={className}>
      <th scope={scope}>{name}</th>
      <td className="num">{score.text}</td>
      <td>{levelText(score)}</td>
      <td className="num">{score.indexText}</td>
      <td>
        <FlagBadges flags={flags} />
      </td>
    </tr>
  );
}

/** Score, level and index per dimension, each followed by its elements, with every remark as text. */
export const ScoresTable = memo(function ScoresTable({ heading, dimensions, elements }: Props) {
  const { t } = useTranslation();
  const c = dimensions.columns;
  return (
    <ResultsSection headingId="results-scores" heading={heading} deferred fold>
      <DataTable
        caption={t('results.scores.caption')}
        className="results-scores"
        columns={[
          { label: t('results.scores.firstColumn') },
          { label: c.score, num: true },
          { label: c.level },
          { label: c.index, num: true },
          { label: c.flags },
        ]}
      >
        {dimensions.rows.map((d) => (
          <tbody key={d.id} className="results-scores__group">
            <ScoreRow
              scope="rowgroup"
              className="results-scores__dimension"
              name={d.name}
              score={d.score}
              flags={d.flags}
            />
            {elements
              .filter((e) => e.dimensionId === d.id)
              .map((e) => (
                <ScoreRow
                  key={e.id}
                  scope="row"
                  className="results-scores__element"
                  name={e.name}
                  score={e.score}
                  flags={e.flags}
                />
              ))}
          </tbody>
        ))}
      </DataTable>
    </ResultsSection>
  );
});
