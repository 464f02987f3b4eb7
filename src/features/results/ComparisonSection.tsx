import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportComparison } from '../../model/report-types';
import { DataTable } from './DataTable';
import { ResultsSection } from './ResultsSection';

interface Props {
  heading: string;
  comparison: ReportComparison;
}

/** A reassessment's change per element and overall since the assessment it follows up. */
export const ComparisonSection = memo(function ComparisonSection({ heading, comparison }: Props) {
  const { t } = useTranslation();
  const c = comparison.columns;
  return (
    <ResultsSection headingId="results-comparison" heading={heading}>
      <p>
        {t('results.comparison.intro', {
          title: comparison.previousTitle,
          date: comparison.previousDateText,
        })}
      </p>
      {comparison.editionsText && <p>{comparison.editionsText}</p>}
      <p className="results-comparison__overall">{comparison.overall.text}</p>
      <DataTable
        caption={t('results.comparison.caption')}
        columns={[
          { label: c.element },
          { label: c.previous, num: true },
          { label: c.current, num: true },
          { label: c.delta, num: true },
        ]}
      >
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td className="num">{row.previousText}</td>
              <td className="num">{row.currentText}</td>
              <td className="num">{row.deltaText}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ResultsSection>
  );
});
