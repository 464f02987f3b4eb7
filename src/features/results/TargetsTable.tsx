import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type ElementId } from '../../model/framework';
import type { ReportModel } from '../../model/report';
import { TableWrap } from './TableWrap';

export type ElementSetting = 'target' | 'importance';

interface Props {
  rows: ReportModel['elements']['rows'];
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
  return (
    <section
      className="results-section results-section--deferred"
      aria-labelledby="results-targets"
    >
      <h2 id="results-targets">{t('results.targets.heading')}</h2>
      <p>{t('results.targets.intro')}</p>
      <TableWrap label={t('results.targets.caption')}>
        <table className="data-table results-targets">
          <caption className="visually-hidden">{t('results.targets.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.element}</th>
              <th scope="col" className="num">
                {columns.score}
              </th>
              <th scope="col">{columns.target}</th>
              <th scope="col">{columns.importance}</th>
              <th scope="col" className="num">
                {columns.gap}
              </th>
              <th scope="col" className="num">
                {columns.priority}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td className="num">{row.score.text}</td>
                <td>
                  {readOnly ? (
                    row.targetText
                  ) : (
                    <LevelSelect
                      id={`target-${row.id}`}
                      label={t('results.targets.targetFor', { element: row.name })}
                      value={row.target}
                      onChange={(v) => onChange(row.id, 'target', v)}
                    />
                  )}
                </td>
                <td>
                  {readOnly ? (
                    row.importanceText
                  ) : (
                    <LevelSelect
                      id={`importance-${row.id}`}
                      label={t('results.targets.importanceFor', { element: row.name })}
                      value={row.importance}
                      onChange={(v) => onChange(row.id, 'importance', v)}
                    />
                  )}
                </td>
                <td className="num">{row.gapText}</td>
                <td className="num">{row.priorityText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
});
