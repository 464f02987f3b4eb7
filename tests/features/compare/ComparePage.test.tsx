import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePage } from '../../../src/features/compare/ComparePage';
import type { Assessment } from '../../../src/model/schema';
import type * as StorageModule from '../../../src/state/storage';
import { addAssessment } from '../../../src/state/assessments';
import { resetStore } from '../../support/store';
import { ANSWERS, PARTICIPANT, handAssessment } from '../results/fixture';
import { renderWith } from '../results/support';
import { rowCells, table } from '../results/table-helpers';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(resetStore);

/*
 * B is the hand-worked assessment of the results tests: vms 3.5, lc 1.5 (flagged), sc 4.6,
 * ee not assessed, cu 2.0, ed 3.0, si 1.667 (1.7), ps 4.0, mo 4.2.
 * A, a year earlier, differs in: cu 1 1 1 1 1 = 1.0; mo 4 4 4 4 4 = 4.0; ee 3 3 3 3 3 = 3.0.
 * Element changes B - A from the shown scores: cu 2.0 - 1.0 = +1.0; mo 4.2 - 4.0 = +0.2;
 * ee only in A: no change; every other element 0.0.
 * Overall over the 8 scored in both: B 24.4667 / 8 = 3.058 -> 3.1; A (24.4667 - 1 - 0.2) / 8
 * = 2.908 -> 2.9; +0.2.
 * Experience: B (2 + 3 + 1.667) / 3 = 2.222 -> 2.2; A (1 + 3 + 1.667) / 3 = 1.889 -> 1.9; +0.3.
 * Operations: B (4 + 4.2) / 2 = 4.1; A 4.0; +0.1. Culture: only sc in both, 4.6 and 4.6: 0.0.
 */
function earlier(patch: Partial<Assessment['meta']> = {}): Assessment {
  const b = handAssessment('en');
  const answers = { ...ANSWERS };
  for (const n of [1, 2, 3, 4, 5]) {
    answers[`cu-${n}`] = 1;
    answers[`mo-${n}`] = 4;
    answers[`ee-${n}`] = 3;
  }
  return {
    ...b,
    id: 'a-earlier',
    meta: { ...b.meta, title: 'Baseline 2025', date: '2025-03-12', ...patch },
    answers: { [PARTICIPANT]: answers },
  };
}

async function renderCompare(a: Assessment, b: Assessment, lng: 'en' | 'nl' = 'en') {
  addAssessment(a);
  return renderWith(<ComparePage a={a.id} b={b.id} />, b, lng);
}

describe('compare page', () => {
  it('shows the change per element, dimension and overall, from the shown scores', async () => {
    const b = handAssessment('en');
    await renderCompare(earlier(), b);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Compare two assessments');
    const t = table('Scores of A and B and the change from A to B');
    expect(rowCells(t, 'Understanding customer').slice(1)).toEqual(['1.0', '2.0', '+1.0']);
    expect(rowCells(t, 'Monitoring').slice(1)).toEqual(['4.0', '4.2', '+0.2']);
    expect(rowCells(t, 'Employee engagement').slice(1)).toEqual(['3.0', '–', '–']);
    expect(rowCells(t, 'Service excellence vision').slice(1)).toEqual(['3.5', '3.5', '0.0']);
    expect(rowCells(t, 'Creating outstanding customer experiences')).toEqual([
      'Creating outstanding customer experiences (over 3 elements scored in both)',
      '1.9',
      '2.2',
      '+0.3',
    ]);
    expect(rowCells(t, 'Operational service excellence').slice(1)).toEqual(['4.0', '4.1', '+0.1']);
    expect(rowCells(t, 'Service excellence culture and').slice(0, 1)).toEqual([
      'Service excellence culture and employee engagement (over 1 element scored in both)',
    ]);
    expect(rowCells(t, 'Overall')).toEqual([
      'Overall (over 8 elements scored in both)',
      '2.9',
      '3.1',
      '+0.2',
    ]);
  });

  it('draws both on one radar, named, with the flagged element explained', async () => {
    await renderCompare(earlier(), handAssessment('en'));
    const radar = screen.getByRole('img', {
      name: 'Radar: Baseline 2025 (12 March 2025) and Baseline 2026 (12 March 2026) per element',
    });
    expect(radar.querySelectorAll('.radar__series--previous path').length).toBeGreaterThan(0);
    expect(radar.querySelectorAll('.radar__series--target')).toHaveLength(0);
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(legend).toContain('Assessment A: Baseline 2025 (12 March 2025)');
    expect(legend).toContain('Assessment B: Baseline 2026 (12 March 2026)');
    // Leadership commitment: 2 of 5 statements scored in both.
    expect(screen.getByText(/An open marker means insufficient answers/)).toHaveTextContent(
      /Leadership/,
    );
  });

  it('asks before comparing two organisations, then shows the comparison', async () => {
    await renderCompare(earlier({ organisation: 'Other Ltd' }), handAssessment('en'));
    expect(
      screen.getByText(/belong to different organisations: Other Ltd and Acme Care/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Compare anyway' }));
    expect(table('Scores of A and B and the change from A to B')).toBeInTheDocument();
  });

  it('says that only elements are compared across editions of the questionnaire', async () => {
    const a: Assessment = {
      ...earlier(),
      kind: 'quick',
      frameworkEdition: 2,
      answers: {},
      quickAnswers: { [PARTICIPANT]: { monitoring: 3 } },
    };
    await renderCompare(a, handAssessment('nl'), 'nl');
    expect(
      screen.getByText(/verschillende edities van de vragenlijst \(editie 2 en editie 1\)/),
    ).toBeInTheDocument();
    // Only monitoring is scored in both: 4,2 - 3,0 = +1,2.
    const t = table('Scores van A en B en de verandering van A naar B');
    expect(rowCells(t, 'Totaal')).toEqual([
      'Totaal (over 1 element met een score in beide)',
      '3,0',
      '4,2',
      '+1,2',
    ]);
  });

  it('says so when an assessment is not in this browser', async () => {
    await renderWith(<ComparePage a="gone" b="a-hand" />, handAssessment('en'), 'en');
    expect(screen.getByText(/One of these assessments is not in this browser/)).toBeInTheDocument();
    const pickA = screen.getByRole('combobox', { name: 'Assessment A (earlier)' });
    expect(within(pickA).getByRole('option', { selected: true })).toHaveTextContent(
      'Not in this browser',
    );
  });
});
