import type { CsvCell } from '../../model/csv';
import type { ReportTeam } from '../../model/report-types';

/**
 * A workshop's rows of the CSV (after the scores and the action plan): per element the team and
 * agreed score, the spread, answers, "don't know" and the reason; the groups' scores; and the
 * perception gaps, largest first. Numbers stay numbers (toCsv writes the language's decimal mark).
 */
export function teamCsvRows(team: ReportTeam | null): CsvCell[][] {
  if (!team) return [];
  const c = team.columns;
  const rows: CsvCell[][] = [
    [],
    [team.title],
    [
      c.element,
      c.team,
      c.agreed,
      `${c.spread} min`,
      `${c.spread} max`,
      c.answers,
      c.dontKnow,
      c.reason,
    ],
    ...team.rows.map((r) => [
      r.name,
      r.team,
      r.agreed,
      r.min,
      r.max,
      r.answers,
      r.dontKnow,
      r.reason,
    ]),
  ];
  if (team.groups.columns.length > 0) {
    rows.push(
      [],
      [team.groups.title],
      [c.element, ...team.groups.columns],
      ...team.groups.rows.map((r) => [r.name, ...r.values]),
    );
  }
  for (const note of team.groups.notes) rows.push([note]);
  for (const pair of team.gaps.items) {
    rows.push(
      [],
      [`${team.gaps.title}: ${pair.title}`],
      [team.gaps.columns.element, pair.a, pair.b, team.gaps.columns.gap, ''],
      ...pair.rows.map((r) => [
        r.name,
        r.aValue,
        r.bValue,
        r.gap,
        r.flagged ? team.gaps.flagText : '',
      ]),
    );
  }
  return rows;
}
