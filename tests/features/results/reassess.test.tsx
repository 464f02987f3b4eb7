import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/model/schema';
import type * as StorageModule from '../../../src/state/storage';
import { addAssessment, useAssessments } from '../../../src/state/assessments';
import { resetStore } from '../../support/store';
import { ANSWERS, FIXTURE_ID, PARTICIPANT, handAssessment } from './fixture';
import { renderResults } from './support';
import { rowCells, table } from './table-helpers';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(resetStore);

describe('results page: reassess', () => {
  it('starts a reassessment linked to this one and opens it', async () => {
    const before = handAssessment('en');
    before.elements.monitoring = { ...before.elements.monitoring, target: 5, importance: 2 };
    await renderResults(before, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Reassess' }));
    const added = Object.values(useAssessments.getState().byId).find((a) => a.id !== FIXTURE_ID)!;
    expect(added.previousAssessmentId).toBe(FIXTURE_ID);
    expect(added.elements.monitoring).toMatchObject({ target: 5, importance: 2 });
    expect(added.meta.organisation).toBe('Acme Care');
    expect(added.meta.titleIsDefault).toBe(true);
    expect(window.location.hash).toBe(`#/a/${added.id}`);
  });
});

/*
 * The previous assessment: the hand-worked one (results tests) with cu 1 1 1 1 1 = 1.0 and
 * mo 4 4 4 4 4 = 4.0. The reassessment is the hand-worked one itself: cu 2.0 (+1.0), mo 4.2
 * (+0.2); overall over the 8 scored in both: 3.058 -> 3.1 against 2.908 -> 2.9, +0.2.
 */
function pair(): { previous: Assessment; now: Assessment } {
  const now = handAssessment('en', { previousAssessmentId: 'a-before' });
  const answers = { ...ANSWERS };
  for (const n of [1, 2, 3, 4, 5]) {
    answers[`cu-${n}`] = 1;
    answers[`mo-${n}`] = 4;
  }
  const previous: Assessment = {
    ...handAssessment('en'),
    id: 'a-before',
    meta: { ...now.meta, title: 'Baseline 2025', date: '2025-03-12' },
    answers: { [PARTICIPANT]: answers },
  };
  return { previous, now };
}

describe('results page of a reassessment', () => {
  it('shows the change per element and overall', async () => {
    const { previous, now } = pair();
    addAssessment(previous);
    await renderResults(now, 'en');
    expect(
      screen.getByText('Overall change +0.2, over the 8 elements scored in both assessments.'),
    ).toBeInTheDocument();
    const change = table('Change per element since the previous assessment');
    expect(rowCells(change, 'Understanding customer').slice(1)).toEqual(['1.0', '2.0', '+1.0']);
    expect(rowCells(change, 'Monitoring').slice(1)).toEqual(['4.0', '4.2', '+0.2']);
  });

  it('draws the previous scores as a second line, in the legend and the radar table', async () => {
    const { previous, now } = pair();
    addAssessment(previous);
    const { container } = await renderResults(now, 'en');
    expect(container.querySelectorAll('.radar__series--previous path').length).toBeGreaterThan(0);
    expect(screen.getByText('Previous assessment (12 March 2025)')).toBeInTheDocument();
    const numbers = table('The radar in numbers');
    const header = numbers.querySelectorAll('thead th');
    expect([...header].map((th) => th.textContent).slice(0, 3)).toEqual([
      'Element',
      'Previous',
      'Score',
    ]);
    expect(rowCells(numbers, 'Customer insight').slice(1, 3)).toEqual(['1.0', '2.0']);
  });

  it('says that only element scores compare across editions of the questionnaire', async () => {
    const { previous, now } = pair();
    addAssessment({
      ...previous,
      kind: 'quick',
      frameworkEdition: 2,
      answers: {},
      quickAnswers: { [PARTICIPANT]: { monitoring: 3 } },
    });
    await renderResults(now, 'en');
    expect(
      screen.getByText(
        'The previous assessment was answered with edition 2 of the questionnaire and this one with edition 1: only the element scores are compared, not the statements.',
      ),
    ).toBeInTheDocument();
    // Monitoring only: 4.2 - 3.0 = +1.2.
    expect(
      screen.getByText('Overall change +1.2, over the 1 element scored in both assessments.'),
    ).toBeInTheDocument();
  });

  it('says so when the previous assessment is no longer in this browser', async () => {
    await renderResults(pair().now, 'en');
    expect(
      screen.getByText(/follows up one that is no longer in this browser/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Overall change/)).not.toBeInTheDocument();
  });
});
