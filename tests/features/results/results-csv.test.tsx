import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { downloadBlob, downloadText } from '../../../src/lib/download';
import { parseCsv } from '../../../src/model/csv';
import { restoreAssessment } from '../../../src/model/restore';
import type * as StorageModule from '../../../src/state/storage';
import { FIXTURE_ID, FORMULA, handAssessment } from './fixture';
import { renderResults } from './support';
import { resetStore } from '../../support/store';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../../src/lib/download', () => ({
  downloadText: vi.fn(),
  downloadBlob: vi.fn(),
}));

afterEach(async () => {
  vi.mocked(downloadText).mockClear();
  vi.mocked(downloadBlob).mockClear();
  await resetStore();
});

async function exportCsv(buttonName: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: buttonName }));
  await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
  const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0]!;
  return { fileName, text, mime };
}

/** The 22 columns of the long CSV (docs/file-format.md), in Dutch. */
const HEADER_NL = [
  'Tabel',
  'Code',
  'Dimensie',
  'Element',
  'Onderdeel',
  'Waarde',
  'Score',
  'Niveau',
  'Index (0-100)',
  'Doel',
  'Gap',
  'Belang',
  'Prioriteit',
  'Gescoord',
  'Niet van toepassing',
  'Weet ik niet',
  'Open',
  'Opmerkingen',
  'Eigenaar',
  'Deadline',
  'Status',
  'Prioriteit van de actie',
];
/** A row as the 22 cells, from the cells that are not empty. */
function cells(values: Partial<Record<(typeof COLUMN_KEYS)[number], string>>): string[] {
  return COLUMN_KEYS.map((k) => values[k] ?? '');
}
const COLUMN_KEYS = [
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
  'na',
  'dk',
  'open',
  'flags',
  'owner',
  'due',
  'status',
  'actionPriority',
] as const;

describe('CSV export', () => {
  it("writes one long table in the assessment's language (nl), whatever the screen shows", async () => {
    await renderResults(handAssessment('nl'), 'en');
    const { fileName, text, mime } = await exportCsv('Export CSV');
    expect(fileName).toBe('Acme Care - Baseline 2026 - 2026-03-12.csv');
    expect(mime).toBe('text/csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Dutch: ';' between cells and a decimal comma, 14 / 4 = 3.5 -> 3,5, index 63, gap 0,5,
    // priority 3 x 0.5 = 1,5.
    expect(text).toContain(
      '\r\nelement;vision-mission-strategy;Leiderschap en strategie;Visie, missie en strategie;;;3,5;Geïntegreerd;63;4;0,5;3;1,5;;;;;;;;;\r\n',
    );

    const rows = parseCsv(text, 'nl');
    expect(rows[0]).toEqual(HEADER_NL);
    // Every row has the same 22 cells, and the first names its table, in this order.
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([22]));
    const tables = rows.slice(1).map((r) => r[0]);
    expect([...new Set(tables)]).toEqual([
      'detail',
      'overall',
      'dimension',
      'element',
      'statement',
      'action',
    ]);
    const of = (table: string) => rows.filter((r) => r[0] === table);

    expect(of('detail').map((r) => [r[1], r[4], r[5]])).toEqual([
      ['title', 'Titel', 'Baseline 2026'],
      ['organisation', 'Organisatie', 'Acme Care'],
      ['scope', 'Reikwijdte', 'Customer service'],
      ['assessor', 'Beoordelaar', 'Anna de Vries'],
      ['date', 'Datum', '2026-03-12'],
      ['kind', 'Soort', 'Volledige beoordeling'],
      ['participants', 'Deelnemers', '1'],
      ['language', 'Rapporttaal', 'nl'],
      ['edition', 'Editie van het model', String(handAssessment('nl').frameworkEdition)],
    ]);
    // Overall (fixture.ts): 24.466.. / 8 = 3.058 -> 3,1, index 53, 8 of 9 scored, incomplete.
    expect(of('overall')).toEqual([
      cells({
        table: 'overall',
        item: 'Totaalscore',
        value: '8 van 9 elementen gescoord',
        score: '3,1',
        level: 'Systematisch',
        index: '53',
        flags: 'onvolledig',
      }),
    ]);
    // Dimensions: leadership (3.5 + 1.5) / 2 = 2,5, index 38; culture 4,6 incomplete;
    // experience 2.222 -> 2,2, index 30; operations 4,1, index 78.
    expect(of('dimension').map((r) => [r[1], r[6], r[7], r[8], r[17]])).toEqual([
      ['leadership', '2,5', 'In ontwikkeling', '38', ''],
      ['culture', '4,6', 'Excellent', '90', 'onvolledig'],
      ['experience', '2,2', 'In ontwikkeling', '30', ''],
      ['operations', '4,1', 'Geïntegreerd', '78', ''],
    ]);
    // Elements: code, score, level, index, target, gap, importance, priority, remarks.
    expect(of('element').map((r) => [r[1], ...r.slice(6, 13), r[17]])).toEqual([
      ['vision-mission-strategy', '3,5', 'Geïntegreerd', '63', '4', '0,5', '3', '1,5', ''],
      [
        'leadership-commitment',
        '1,5',
        'Ad hoc',
        '13',
        '4',
        '2,5',
        '3',
        '7,5',
        'onvoldoende antwoorden',
      ],
      ['service-culture', '4,6', 'Excellent', '90', '4', '0', '3', '0', ''],
      ['employee-engagement', '', '', '', '4', '', '3', '', 'niet beoordeeld'],
      ['customer-understanding', '2', 'In ontwikkeling', '25', '5', '3', '5', '15', ''],
      ['experience-design', '3', 'Systematisch', '50', '4', '1', '3', '3', ''],
      // 5 / 3 = 1.666.. shown 1,7: index 0.7 x 25 = 17.5 -> 18; gap 2,3; priority 3 x 2.3 = 6,9
      ['service-innovation', '1,7', 'Ad hoc', '18', '4', '2,3', '3', '6,9', ''],
      ['processes-structure', '4', 'Geïntegreerd', '75', '4', '0', '3', '0', ''],
      ['monitoring', '4,2', 'Excellent', '80', '4', '0', '3', '0', ''],
    ]);
    // Statements: one assessor, so the answer itself and the counts that make it.
    const statements = of('statement');
    const byCode = (code: string) => statements.find((r) => r[1] === code)!;
    expect([byCode('vms-1')[6], byCode('vms-1')[5], ...byCode('vms-1').slice(13, 17)]).toEqual([
      '3',
      '3',
      '1',
      '0',
      '0',
      '0',
    ]);
    expect([byCode('vms-5')[6], byCode('vms-5')[5], ...byCode('vms-5').slice(13, 17)]).toEqual([
      '',
      'n.v.t.',
      '0',
      '1',
      '0',
      '0',
    ]);
    expect([byCode('lc-3')[5], ...byCode('lc-3').slice(13, 17)]).toEqual([
      'open',
      '0',
      '0',
      '0',
      '1',
    ]);
    expect(byCode('vms-1')[3]).toBe('Visie, missie en strategie');
    // Actions, numbered; a formula-like description is neutralised with a leading apostrophe.
    expect(of('action')).toEqual([
      cells({
        table: 'action',
        code: '1',
        element: 'Activiteiten en resultaten monitoren',
        item: 'Measure repeat calls per month',
        owner: 'Anna de Vries',
        due: '2026-06-30',
        status: 'Bezig',
        actionPriority: 'Hoog',
      }),
      cells({
        table: 'action',
        code: '2',
        element: 'Algemeen',
        item: `'${FORMULA}`,
        status: 'Open',
        actionPriority: 'Laag',
      }),
    ]);
  });

  it('writes English with commas and a decimal point for an English assessment', async () => {
    await renderResults(handAssessment('en'), 'nl');
    const { text } = await exportCsv('CSV exporteren');
    expect(text).toContain(
      '\r\nelement,vision-mission-strategy,Service excellence leadership and strategy,' +
        '"Service excellence vision, mission and strategy",,,3.5,Integrated,63,4,0.5,3,1.5,,,,,,,,,\r\n',
    );
    const rows = parseCsv(text, 'en');
    expect(rows[0]?.slice(0, 7)).toEqual([
      'Table',
      'Code',
      'Dimension',
      'Element',
      'Item',
      'Value',
      'Score',
    ]);
    const si = rows.find((r) => r[1] === 'service-innovation')!;
    // 5 / 3 = 1.666.. shown 1.7; index 0.7 x 25 = 17.5 -> 18; gap 4 - 1.7 = 2.3; 3 x 2.3 = 6.9
    expect(si.slice(6, 13)).toEqual(['1.7', 'Ad hoc', '18', '4', '2.3', '3', '6.9']);
    expect(rows.find((r) => r[1] === 'leadership-commitment')?.[17]).toBe('insufficient answers');
    const formula = rows.find((r) => r[0] === 'action' && r[1] === '2')!;
    expect([formula[3], formula[4]]).toEqual(['General', `'${FORMULA}`]);
    // The raw text quotes the neutralised cell (it holds ',' and '"'), and never starts a cell with '='.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes an Excel workbook in the report language: one sheet per table, numbers as numbers', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    await user.click(screen.getByRole('button', { name: 'Export Excel' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [fileName, blob] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(fileName).toBe('Acme Care - Baseline 2026 - 2026-03-12.xlsx');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Gegevens',
      'Totaal',
      'Dimensies',
      'Elementen',
      'Stellingen',
      'Acties',
    ]);
    // Elements: Code, Dimensie, Element, Score, ... ; vms (row 2) 3.5, index 63, gap 0.5,
    // priority 1.5, as numbers (a point inside the file; the spreadsheet shows 3,5 in Dutch).
    const elements = strFromU8(files['xl/worksheets/sheet4.xml']!);
    expect(elements).toContain('<c r="D2"><v>3.5</v></c>');
    expect(elements).toContain(
      '<c r="F2"><v>63</v></c><c r="G2"><v>4</v></c><c r="H2"><v>0.5</v></c>',
    );
    expect(elements).toContain('<c r="J2"><v>1.5</v></c>');
    expect(elements).toContain('<t xml:space="preserve">Geïntegreerd</t>');
  });

  it('saves the assessment itself to a JSON file', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    await user.click(screen.getByRole('button', { name: 'Save to file' }));
    const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0]!;
    expect(fileName).toBe('Acme Care - Baseline 2026 - 2026-03-12.json');
    expect(mime).toBe('application/json');
    // The file goes through the one save path (the restore envelope), and comes back whole.
    expect(restoreAssessment(text)).toMatchObject({ ok: true, value: { id: FIXTURE_ID } });
  });
});
