import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LEVELS, type ElementId } from '../../model/framework';
import type { ReportModel } from '../../model/report-types';
import { DataTable } from './DataTable';
import { ResultsSection } from './ResultsSection';

export type ElementSetting = 'target' | 'importance';

type Row = ReportModel['elements']['rows'][number];

interface Props {
  rows: readonly Row[];
  columns: ReportModel['elements']['columns'];
  readOnly: boolean;
  onChange: (elementId: ElementId, setting: ElementSetting, value: number) => void;
}

function LevelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="field__input results-level-select"
        value={value}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
    </>
  );
}

/** Target and importance per element, editable in place; gap and priority follow at once. */
export const TargetsTable = memo(function TargetsTable({
  rows,
  columns,
  readOnly,
  onChange,
}: Props) {
  const { t } = useTranslation();
  // A select, or in a read-only assessment the level as text.
  const settingCell = (row: Row, setting: ElementSetting, text: string, label: string) => (
    <td>
      {readOnly ? (
        text
      ) : (
        <LevelSelect
          id={`${setting}-${row.id}`}
          label={label}
          value={row[setting]}
          onChange={(v) => onChange(row.id, setting, v)}
        />
      )}
    </td>
  );
  return (
    <ResultsSection
      headingId="results-targets"
      heading={t('results.targets.heading')}
      deferred
      fold
    >
      <p>{t('results.targets.intro')}</p>
      <DataTable
        caption={t('results.targets.caption')}
        className="results-targets"
        columns={[
          { label: columns.element },
          { label: columns.score, num: true },
          { label: columns.target },
          { label: columns.importance },
          { label: columns.gap, num: true },
          { label: columns.priority, num: true },
        ]}
      >
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td className="num">{row.score.text}</td>
              {settingCell(
                row,
                'target',
                row.targetText,
                t('results.targets.targetFor', { element: row.name }),
              )}
              {settingCell(
                row,
                'importance',
                row.importanceText,
                t('results.targets.importanceFor', { element: row.name }),
              )}
              <td className="num">{row.gapText}</td>
              <td className="num">{row.priorityText}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ResultsSection>
  );
});
