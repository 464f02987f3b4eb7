import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Radar, type RadarBand, type RadarSeries } from '../../components/Radar';
import type { ReportModel } from '../../model/report';
import { FlagBadges } from './FlagBadges';
import { TableWrap } from './TableWrap';

interface Props {
  heading: string;
  radar: ReportModel['radar'];
  rows: ReportModel['elements']['rows'];
  columns: ReportModel['elements']['columns'];
}

/**
 * The radar with, beside it on wide screens and below it on phones, a table of the same numbers:
 * the picture for the eye, the table for reading out and for screen readers.
 */
export const RadarSection = memo(function RadarSection({ heading, radar, rows, columns }: Props) {
  const { t } = useTranslation();

  const { series, band } = useMemo(() => {
    const target: RadarSeries = {
      id: 'target',
      label: radar.labels.target,
      values: radar.target,
      style: 'target',
    };
    // With agreed scores the team mean is drawn as it came out, and the scores in use (agreed
    // where set, else the team's) as their own line; a line of agreed scores alone would mark
    // every element without one as "not assessed".
    const main: RadarSeries[] = radar.agreed
      ? [
          { id: 'team', label: radar.labels.team, values: radar.team, style: 'current' },
          {
            id: 'agreed',
            label: t('results.radar.effective'),
            values: radar.current,
            style: 'agreed',
          },
        ]
      : [{ id: 'current', label: radar.labels.current, values: radar.current, style: 'current' }];
    const range: RadarBand | undefined =
      radar.teamMin && radar.teamMax
        ? { min: radar.teamMin, max: radar.teamMax, label: radar.labels.range }
        : undefined;
    return { series: [...main, target], band: range };
  }, [radar, t]);

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
    <section className="results-section" aria-labelledby="results-radar">
      <h2 id="results-radar">{heading}</h2>
      <div className="results-radar">
        <div className="results-radar__chart">
          <Radar
            series={series}
            band={band}
            axisLabels={radar.axes.map((a) => a.label)}
            title={t('results.radar.title')}
            description={description}
            notAssessedLabel={radar.labels.notAssessed}
          />
        </div>
        <TableWrap label={t('results.radar.tableCaption')} className="results-radar__table">
          <table className="data-table">
            <caption>{t('results.radar.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.element}</th>
                <th scope="col" className="num">
                  {columns.score}
                </th>
                <th scope="col">{columns.level}</th>
                <th scope="col" className="num">
                  {columns.target}
                </th>
                <th scope="col" className="num">
                  {columns.gap}
                </th>
                <th scope="col">{columns.flags}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.shortName}</th>
                  <td className="num">{row.score.text}</td>
                  <td>{row.score.value === null ? row.score.text : row.score.levelName}</td>
                  <td className="num">{row.targetText}</td>
                  <td className="num">{row.gapText}</td>
                  <td>
                    <FlagBadges flags={row.flags} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </section>
  );
});
