import type { ReactNode } from 'react';
import type { ReportScore } from '../../model/report-types';
import { TableWrap } from '../../components/TableWrap';

export interface ColumnHeader {
  label: ReactNode;
  /** A column of figures: class `num` (right-aligned). */
  num?: boolean;
  className?: string;
}

interface Props {
  /** The table's accessible name, and the label of the box it scrolls in. */
  caption: string;
  /** Shown on screen; by default only screen readers get it (a heading above says as much). */
  captionVisible?: boolean;
  /** Classes of the table besides `data-table`. */
  className?: string;
  /** Classes of the scroll box (see TableWrap). */
  wrapClassName?: string;
  columns: readonly ColumnHeader[];
  /** The body: one or more `<tbody>`. */
  children: ReactNode;
}

/** A results table: captioned, in its scroll box, with one header row of column headers. */
export function DataTable({
  caption,
  captionVisible = false,
  className,
  wrapClassName,
  columns,
  children,
}: Props) {
  return (
    <TableWrap label={caption} className={wrapClassName}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={[c.num && 'num', c.className].filter(Boolean).join(' ') || undefined}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </TableWrap>
  );
}

/** A score's level name, or the score's own text ("–") where there is no score. */
export function levelText(score: ReportScore): string {
  return score.value === null ? score.text : score.levelName;
}
