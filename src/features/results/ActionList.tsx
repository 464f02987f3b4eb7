import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportModel } from '../../model/report-types';
import { ActionControls, type ActionControlLabels } from './ActionControls';
import { DataTable } from './DataTable';
import { useMediaQuery } from './use-media-query';

/** From this width the plan is a table; below it, one card per action. */
const WIDE = '(min-width: 48rem)';

interface Props {
  rows: ReportModel['actions']['rows'];
  columns: ReportModel['actions']['columns'];
  readOnly: boolean;
  onEdit: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onDelete: (id: string) => void;
}

/** The action plan as a table on wide screens and as cards on a phone, from the report model's rows. */
export function ActionList({ rows, columns, readOnly, onEdit, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const wide = useMediaQuery(WIDE, true);
  const descId = (id: string) => `${uid}-desc-${id}`;
  const labels: ActionControlLabels = {
    edit: t('results.actions.edit'),
    moveUp: t('results.actions.moveUp'),
    moveDown: t('results.actions.moveDown'),
    remove: t('results.actions.delete'),
  };
  const controls = (id: string, n: number) =>
    readOnly ? null : (
      <ActionControls
        id={id}
        rowLabel={t('results.actions.rowLabel', { n })}
        labels={labels}
        n={n}
        count={rows.length}
        describedBy={descId(id)}
        onEdit={onEdit}
        onMove={onMove}
        onDelete={onDelete}
      />
    );

  if (!wide) {
    return (
      <ol className="action-cards">
        {rows.map((row, i) => (
          <li key={row.id} className="card action-card">
            <p className="action-card__title">
              <span className="action-card__number">{i + 1}.</span>{' '}
              <span id={descId(row.id)}>{row.description}</span>
            </p>
            <dl className="action-card__details">
              <dt>{columns.element}</dt>
              <dd>{row.elementName}</dd>
              {row.owner && (
                <>
                  <dt>{columns.owner}</dt>
                  <dd>{row.owner}</dd>
                </>
              )}
              {row.dueText && (
                <>
                  <dt>{columns.due}</dt>
                  <dd>{row.dueText}</dd>
                </>
              )}
              <dt>{columns.status}</dt>
              <dd>{row.statusText}</dd>
              <dt>{columns.priority}</dt>
              <dd>{row.priorityText}</dd>
            </dl>
            {controls(row.id, i + 1)}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <DataTable
      caption={t('results.actions.caption')}
      className="action-table"
      columns={[
        { label: t('results.actions.position'), num: true },
        { label: columns.description },
        { label: columns.element },
        { label: columns.owner },
        { label: columns.due },
        { label: columns.status },
        { label: columns.priority },
        ...(readOnly
          ? []
          : [{ label: t('results.actions.controls'), className: 'action-table__controls' }]),
      ]}
    >
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id}>
            <td className="num">{i + 1}</td>
            <th scope="row" id={descId(row.id)} className="action-table__description">
              {row.description}
            </th>
            <td>{row.elementName}</td>
            <td>{row.owner}</td>
            <td className="action-table__due">{row.dueText}</td>
            <td>{row.statusText}</td>
            <td>{row.priorityText}</td>
            {!readOnly && <td className="action-table__controls">{controls(row.id, i + 1)}</td>}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
