import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Radar } from '../../components/Radar';
import { reportRadarScene } from '../../model/radar-scene';
import type { ReportModel } from '../../model/report-types';
import { FlagBadges } from './FlagBadges';
import { DataTable, levelText } from './DataTable';
import { ResultsSection } from './ResultsSection';

interface Props {
  heading: string;
  radar: ReportModel['radar'];
  rows: ReportModel['elements']['rows'];
  columns: ReportModel['elements']['columns'];
  /** A reassessment's change: adds the previous score as a column. */
  comparison?: ReportModel['comparison'];
}

/**
 * The radar with, beside it on wide screens and below it on phones, a table of the same numbers:
 * the picture for the eye, the table for reading out and for screen readers.
 */
export const RadarSection = memo(function RadarSection({
  heading,
  radar,
  rows,
  columns,
  comparison = null,
}: Props) {
  const { t } = useTranslation();

  const scene = useMemo(() => reportRadarScene(radar), [radar]);
  const previousOf = useMemo(
    () => (comparison ? new Map(comparison.rows.map((r) => [r.id, r.previousText])) : null),
    [comparison],
  );

  const description = t('results.radar.description', {
    values: rows
      .map((row) =>
        row.score.value === null
          ? t('results.radar.itemNotAssessed', { element: row.shortName, target: row.targetText })
          : t('results.radar.item', {
              element: row.shortName,
              score: row.score.text,
              target: row.targetText,
            }),
      )
      .join('; '),
  });

  return (
    <ResultsSection headingId="results-radar" heading={heading}>
      <div className="results-radar">
        <div className="results-radar__chart">
          <Radar scene={scene} title={t('results.radar.title')} description={description} />
        </div>
        <DataTable
          caption={t('results.radar.tableCaption')}
          captionVisible
          wrapClassName="results-radar__table"
          columns={[
            { label: columns.element },
            ...(previousOf ? [{ label: comparison!.columns.previous, num: true }] : []),
            { label: columns.score, num: true },
            { label: columns.level },
            { label: columns.target, num: true },
            { label: columns.gap, num: true },
            { label: columns.flags },
          ]}
        >
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.shortName}</th>
                {previousOf && <td className="num">{previousOf.get(row.id)}</td>}
                <td className="num">{row.score.text}</td>
                <td>{levelText(row.score)}</td>
                <td className="num">{row.targetText}</td>
                <td className="num">{row.gapText}</td>
                <td>
                  <FlagBadges flags={row.flags} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </ResultsSection>
  );
});
