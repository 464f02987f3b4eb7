/**
 * A workshop's sheets of the Excel workbook (issue 8): the team per element (team and agreed
 * score with its reason, lowest, highest, answers, "don't know", disagreement), the groups' scores
 * (only groups with 3 answers or more: the report model has no others) and the perception gaps,
 * one row per pair and element, largest first as in the report. Numbers stay numbers, as
 * displayed; texts in the report's language.
 */
import type { CsvCell } from './csv';
import type { ReportModel } from './report-types';

export interface TeamSheet {
  name: string;
  rows: CsvCell[][];
}

/** The team, groups and gaps sheets, or none for a one-person assessment. */
export function teamSheets(r: ReportModel): TeamSheet[] {
  const team = r.team;
  if (!team) return [];
  const c = team.columns;
  const s = team.sheets;
  const code = r.exportLabels.columns.code;
  const flags = r.exportLabels.columns.flags;
  const teamSheet: TeamSheet = {
    name: s.team,
    rows: [
      [code, c.element, c.team, c.agreed, c.reason, c.min, c.max, c.answers, c.dontKnow, flags],
      ...team.rows.map((row) => [
        row.id,
        row.name,
        row.team,
        row.agreed,
        row.agreed === null ? null : row.reason,
        row.min,
        row.max,
        row.answers,
        row.dontKnow,
        row.disagreement ? c.disagreement : null,
      ]),
    ],
  };
  const groupsSheet: TeamSheet = {
    name: s.groups,
    rows: [
      [code, c.element, ...team.groups.columns],
      ...team.groups.rows.map((row) => [row.id, row.name, ...row.values]),
    ],
  };
  const gapsSheet: TeamSheet = {
    name: s.gaps,
    rows: [
      [s.groupA, s.groupB, code, c.element, s.scoreA, s.scoreB, team.gaps.columns.gap, flags],
      ...team.gaps.items.flatMap((pair) =>
        pair.rows.map((row) => [
          pair.a,
          pair.b,
          row.id,
          row.name,
          row.aValue,
          row.bValue,
          row.gap,
          row.flagged ? team.gaps.flagText : null,
        ]),
      ),
    ],
  };
  return [teamSheet, groupsSheet, gapsSheet];
}
