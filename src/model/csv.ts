/**
 * A small CSV writer and reader for the exports. The dialect follows what the user's spreadsheet
 * expects when the file is double-clicked: Dutch Excel splits on ';' and reads '3,4' as a number,
 * English Excel splits on ',' and reads '3.4'. The BOM makes Excel read the file as UTF-8.
 */
import type { Language } from './schema';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const EOL = '\r\n';
/** OWASP CSV injection: a cell starting with one of these can be run as a formula by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The field separator for a language: ';' for Dutch (',' is its decimal mark), ',' for English. */
export function csvSeparator(language: Language): string {
  return language === 'nl' ? ';' : ',';
}

function formatNumber(n: number, language: Language): string {
  // NaN or Infinity is a bug upstream; an empty cell is safer in a spreadsheet than 'NaN'.
  if (!Number.isFinite(n)) return '';
  const text = String(n); // '-0' prints as '0'; no thousands separators, which spreadsheets misread
  return language === 'nl' ? text.replace('.', ',') : text;
}

function formatCell(cell: CsvCell, language: Language, separator: string): string {
  if (cell === null) return '';
  // A number is ours, not user text: a negative delta stays a number the spreadsheet can sum.
  let text = typeof cell === 'number' ? formatNumber(cell, language) : cell;
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const mustQuote =
    text.includes(separator) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV: BOM first, CRLF after every row, cells quoted only when they hold the
 * separator, a quote, CR or LF. Numbers get the language's decimal mark; strings are written as
 * given, except that text starting with =, +, -, @, tab or CR gets a leading ' so a spreadsheet
 * shows it instead of running it. null is an empty cell.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], language: Language): string {
  const separator = csvSeparator(language);
  let out = BOM;
  for (const row of rows)
    out += row.map((c) => formatCell(c, language, separator)).join(separator) + EOL;
  return out;
}

/**
 * Reads CSV text back into rows of strings (numbers stay text, a neutralised cell keeps its ').
 * Accepts a BOM, quoted cells with doubled quotes, and CRLF, LF or CR line ends. A line end at the
 * very end does not start another row. Lenient on broken input: it never throws; an unclosed
 * quote runs to the end of the text.
 */
export function parseCsv(text: string, language: Language): string[][] {
  const separator = csvSeparator(language);
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let rowStarted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    rowStarted = true;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (source[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      rowStarted = false;
    } else {
      cell += ch;
    }
  }
  if (rowStarted) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
