/**
 * The tables of the CSV and the Excel workbook, all taken from the report model so the exports
 * say what the screen and the PDF say: details, overall, dimensions, elements, statements
 * (answer counts per statement) and actions. Numbers stay numbers, rounded as displayed; texts
 * are in the report model's language. Layout documented in docs/file-format.md.
 */
import type { CsvCell } from './csv';
import { teamSheets } from './export-team';
import { displayScore, roundHalfUp } from './numbers';
import type { ReportModel, ReportScore } from './report-types';

export const EXPORT_TABLES = [
  'details',
  'overall',
  'dimensions',
  'elements',
  'statements',
  'actions',
] as const;
export type ExportTableId = (typeof EXPORT_TABLES)[number];

/** Every column any table has, in the order of the one long CSV. */
export const EXPORT_COLUMNS = [
  'table',
  'code',
  'dimension',
  'element',
  'item',
  'value',
  'score',
  'level',
  'index',
  'target',
  'gap',
  'importance',
  'priority',
  'scored',
  'notApplicable',
  'dontKnow',
  'open',
  'flags',
  'owner',
  'due',
  'status',
  'actionPriority',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

type Row = Partial<Record<ExportColumn, CsvCell>>;

export interface ExportTable {
  id: ExportTableId;
  /** The sheet's name in the report language. */
  name: string;
  columns: readonly ExportColumn[];
  rows: Row[];
}

const COLUMNS: Record<ExportTableId, readonly ExportColumn[]> = {
  details: ['code', 'item', 'value'],
  overall: ['item', 'score', 'level', 'index', 'value', 'flags'],
  dimensions: ['code', 'dimension', 'score', 'level', 'index', 'flags'],
  elements: [
    'code',
    'dimension',
    'element',
    'score',
    'level',
    'index',
    'target',
    'gap',
    'importance',
    'priority',
    'flags',
  ],
  statements: [
    'code',
    'dimension',
    'element',
    'item',
    'score',
    'value',
    'scored',
    'notApplicable',
    'dontKnow',
    'open',
  ],
  actions: ['code', 'element', 'item', 'owner', 'due', 'status', 'actionPriority'],
};

/** A score as displayed (one decimal), still a number; null when there is none. */
const shown = (x: number | null): CsvCell => (x === null ? null : displayScore(x));
const oneDecimal = (x: number | null): CsvCell => (x === null ? null : roundHalfUp(x, 1));

function scoreCells(s: ReportScore): Row {
  return {
    score: shown(s.value),
    level: s.value === null ? null : s.levelName,
    index: s.index,
  };
}

function detailsRows(r: ReportModel): Row[] {
  const m = r.meta;
  const l = m.labels;
  const x = r.exportLabels.fields;
  const rows: [string, string, CsvCell][] = [
    ['title', x.title, m.title],
    ['organisation', l.organisation, m.organisation],
    ['scope', l.scope, m.scope],
    ['assessor', l.assessor, m.assessor],
    ['date', l.date, m.date],
    ['kind', l.kind, r.kindText],
    ['participants', l.participants, r.participants.rows.length],
    ['language', x.language, r.language],
    ['edition', x.edition, m.frameworkEdition],
  ];
  return rows.map(([code, item, value]) => ({ code, item, value }));
}

function statementsRows(r: ReportModel): Row[] {
  return r.details.elements.flatMap((e) =>
    e.statements.map((s) => ({
      code: s.id,
      dimension: e.dimensionName,
      element: e.name,
      item: s.text,
      score: shown(s.score.value),
      value: s.answersText,
      scored: s.scored,
      notApplicable: s.notApplicable,
      dontKnow: s.dontKnow,
      open: s.open,
    })),
  );
}

/** The six tables of the exports, each with only its own columns. */
export function exportTables(r: ReportModel): ExportTable[] {
  const rows: Record<ExportTableId, Row[]> = {
    details: detailsRows(r),
    overall: [
      {
        item: r.overall.label,
        ...scoreCells(r.overall.score),
        value: r.overall.scoredText,
        flags: r.overall.flagsText,
      },
    ],
    dimensions: r.dimensions.rows.map((d) => ({
      code: d.id,
      dimension: d.name,
      ...scoreCells(d.score),
      flags: d.flagsText,
    })),
    elements: r.elements.rows.map((e) => ({
      code: e.id,
      dimension: e.dimensionName,
      element: e.name,
      ...scoreCells(e.score),
      target: e.target,
      gap: oneDecimal(e.gap),
      importance: e.importance,
      priority: oneDecimal(e.priority),
      flags: e.flagsText,
    })),
    statements: statementsRows(r),
    actions: r.actions.rows.map((a, i) => ({
      code: i + 1,
      element: a.elementName,
      item: a.description,
      owner: a.owner,
      due: a.due,
      status: a.statusText,
      actionPriority: a.priorityText,
    })),
  };
  return EXPORT_TABLES.map((id) => ({
    id,
    name: r.exportLabels.tables[id],
    columns: COLUMNS[id],
    rows: rows[id],
  }));
}

/** The header label of a column in the report language. */
export function columnLabel(r: ReportModel, column: ExportColumn): string {
  return r.exportLabels.columns[column];
}

/** What the first column of the long CSV says a row is: the same words in every language. */
export const ROW_KIND: Record<ExportTableId, string> = {
  details: 'detail',
  overall: 'overall',
  dimensions: 'dimension',
  elements: 'element',
  statements: 'statement',
  actions: 'action',
};

/**
 * The one long CSV: a header with every column, then every table's rows; the first column
 * says what the row is (detail, overall, dimension, element, statement, action).
 */
export function longCsvRows(r: ReportModel): CsvCell[][] {
  const header = EXPORT_COLUMNS.map((c) => columnLabel(r, c));
  const body = exportTables(r).flatMap((t) =>
    t.rows.map((row) =>
      EXPORT_COLUMNS.map((c) => (c === 'table' ? ROW_KIND[t.id] : (row[c] ?? null))),
    ),
  );
  return [header, ...body];
}

/** One sheet per table: its own header and columns; a workshop adds its team, groups and gaps. */
export function workbookSheets(r: ReportModel): { name: string; rows: CsvCell[][] }[] {
  return [
    ...exportTables(r).map((t) => ({
      name: t.name,
      rows: [
        t.columns.map((c) => columnLabel(r, c)),
        ...t.rows.map((row) => t.columns.map((c) => row[c] ?? null)),
      ],
    })),
    ...teamSheets(r),
  ];
}
