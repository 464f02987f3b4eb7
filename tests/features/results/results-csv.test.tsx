import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../src/lib/download';
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
  await resetStore();
});

async function exportCsv(buttonName: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: buttonName }));
  await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
  const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0]!;
  return { fileName, text, mime };
}

describe('CSV export', () => {
  it("writes the scores and the plan in the assessment's language (nl), whatever the screen shows", async () => {
    await renderResults(handAssessment('nl'), 'en');
    const { fileName, text, mime } = await exportCsv('Export CSV');
    expect(fileName).toBe('Acme Care - Baseline 2026 - 2026-03-12.csv');
    expect(mime).toBe('text/csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Dutch: ';' between cells and a decimal comma, 14 / 4 = 3.5 -> 3,5.
    expect(text).toContain(';3,5;Geïntegreerd;63;4;0,5;3;1,5;');

    const rows = parseCsv(text, 'nl');
    expect(rows[0]).toEqual([
      'Dimensie',
      'Element',
      'Score',
      'Niveau',
      'Index (0-100)',
      'Doel',
      'Gap',
      'Belang',
      'Prioriteit',
      'Opmerkingen',
    ]);
    // Hand-computed (see fixture.ts); numbers are written as numbers, so 2.0 is '2'.
    expect(rows.slice(1, 10)).toEqual([
      [
        'Leiderschap en strategie',
        'Visie, missie en strategie',
        '3,5',
        'Geïntegreerd',
        '63',
        '4',
        '0,5',
        '3',
        '1,5',
        '',
      ],
      [
        'Leiderschap en strategie',
        'Betrokkenheid van directie en management',
        '1,5',
        'Ad hoc',
        '13',
        '4',
        '2,5',
        '3',
        '7,5',
        'onvoldoende antwoorden',
      ],
      [
        'Cultuur en betrokkenheid van medewerkers',
        'Cultuur van service excellence',
        '4,6',
        'Excellent',
        '90',
        '4',
        '0',
        '3',
        '0',
        '',
      ],
      [
        'Cultuur en betrokkenheid van medewerkers',
        'Betrokkenheid en bezieling van medewerkers',
        '',
        '',
        '',
        '4',
        '',
        '3',
        '',
        'niet beoordeeld',
      ],
      [
        'Een uitzonderlijke klantbeleving creëren',
        'Behoeften, verwachtingen en wensen van klanten begrijpen',
        '2',
        'In ontwikkeling',
        '25',
        '5',
        '3',
        '5',
        '15',
        '',
      ],
      [
        'Een uitzonderlijke klantbeleving creëren',
        'Een uitzonderlijke klantbeleving ontwerpen en vernieuwen',
        '3',
        'Systematisch',
        '50',
        '4',
        '1',
        '3',
        '3',
        '',
      ],
      [
        'Een uitzonderlijke klantbeleving creëren',
        'Management van service-innovatie',
        '1,7',
        'Ad hoc',
        // from the shown 1,7: index 0.7 x 25 = 17.5 -> 18; gap 4 - 1.7 = 2,3; priority 3 x 2.3 = 6,9
        '18',
        '4',
        '2,3',
        '3',
        '6,9',
        '',
      ],
      [
        'Operationele service excellence',
        'Processen en organisatiestructuur rond de klantbeleving',
        '4',
        'Geïntegreerd',
        '75',
        '4',
        '0',
        '3',
        '0',
        '',
      ],
      [
        'Operationele service excellence',
        'Activiteiten en resultaten monitoren',
        '4,2',
        'Excellent',
        '80',
        '4',
        '0',
        '3',
        '0',
        '',
      ],
    ]);
    expect(rows[10]).toEqual(['']);
    expect(rows.slice(11)).toEqual([
      ['Element', 'Actie', 'Eigenaar', 'Deadline', 'Status', 'Prioriteit'],
      [
        'Activiteiten en resultaten monitoren',
        'Measure repeat calls per month',
        'Anna de Vries',
        '2026-06-30',
        'Bezig',
        'Hoog',
      ],
      // A formula-like description is neutralised with a leading apostrophe.
      ['Algemeen', `'${FORMULA}`, '', '', 'Open', 'Laag'],
    ]);
  });

  it('writes English with commas and a decimal point for an English assessment', async () => {
    await renderResults(handAssessment('en'), 'nl');
    const { fileName, text } = await exportCsv('CSV exporteren');
    expect(fileName).toBe('Acme Care - Baseline 2026 - 2026-03-12.csv');
    expect(text).toContain(',3.5,Integrated,63,4,0.5,3,1.5,');
    const rows = parseCsv(text, 'en');
    expect(rows[0]).toEqual([
      'Dimension',
      'Element',
      'Score',
      'Level',
      'Index (0-100)',
      'Target',
      'Gap',
      'Importance',
      'Priority',
      'Remarks',
    ]);
    expect(rows[1]).toEqual([
      'Service excellence leadership and strategy',
      'Service excellence vision, mission and strategy',
      '3.5',
      'Integrated',
      '63',
      '4',
      '0.5',
      '3',
      '1.5',
      '',
    ]);
    // 5 / 3 = 1.666.. shown 1.7; index 0.7 x 25 = 17.5 -> 18; gap 4 - 1.7 = 2.3; 3 x 2.3 = 6.9
    expect(rows[7]?.slice(1)).toEqual([
      'Service innovation management',
      '1.7',
      'Ad hoc',
      '18',
      '4',
      '2.3',
      '3',
      '6.9',
      '',
    ]);
    expect(rows[2]?.at(-1)).toBe('insufficient answers');
    expect(rows[10]).toEqual(['']);
    expect(rows[13]).toEqual(['General', `'${FORMULA}`, '', '', 'Open', 'Low']);
    // The raw text quotes the neutralised cell (it holds ',' and '"'), and never starts a cell with '='.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
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
