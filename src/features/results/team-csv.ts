import type { CsvCell } from '../../model/csv';
import { EXPORT_COLUMNS, type ExportColumn } from '../../model/export-tables';
import type { ReportModel } from '../../model/report-types';

type Row = Partial<Record<ExportColumn, CsvCell>>;

/**
 * A workshop's rows of the long CSV, after the others and in the same columns; the first column
 * says what the row is: 'team' (per element the team score, the agreed score with its reason in
 * the value column, the lowest and highest score, answers and "don't know"), 'group' (a group's
 * score per element; only groups with 3 answers or more) and 'gap' (a perception gap, A - B, with
 * the flag from 1.0). Numbers stay numbers, as displayed.
 */
export function teamCsvRows(report: ReportModel): CsvCell[][] {
  const team = report.team;
  if (!team) return [];
  const rows: [string, Row][] = [];
  const c = team.columns;
  for (const r of team.rows) {
    const base = { code: r.id, element: r.name };
    rows.push([
      'team',
      {
        ...base,
        item: c.team,
        score: r.team,
        scored: r.answers,
        dontKnow: r.dontKnow,
        flags: r.disagreement ? c.disagreement : null,
      },
    ]);
    if (r.agreed !== null)
      rows.push(['team', { ...base, item: c.agreed, score: r.agreed, value: r.reason }]);
    if (r.min !== null) rows.push(['team', { ...base, item: c.min, score: r.min }]);
    if (r.max !== null) rows.push(['team', { ...base, item: c.max, score: r.max }]);
  }
  for (const r of team.groups.rows) {
    team.groups.columns.forEach((group, i) =>
      rows.push([
        'group',
        { code: r.id, element: r.name, item: group, score: r.values[i] ?? null },
      ]),
    );
  }
  for (const pair of team.gaps.items) {
    for (const r of pair.rows) {
      rows.push([
        'gap',
        {
          code: r.id,
          element: r.name,
          item: pair.title,
          gap: r.gap,
          flags: r.flagged ? team.gaps.flagText : null,
        },
      ]);
    }
  }
  return rows.map(([kind, row]) =>
    EXPORT_COLUMNS.map((col) => (col === 'table' ? kind : (row[col] ?? null))),
  );
}
