import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsPage } from '../../../src/features/results/ResultsPage';
import { updateAssessment, useAssessments } from '../../../src/state/assessments';
import type * as StorageModule from '../../../src/state/storage';
import { FIXTURE_ID, handAssessment } from './fixture';
import { renderResults, renderWith } from './support';
import { resetStore } from '../../support/store';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(async () => {
  window.location.hash = '';
  await resetStore();
});

describe('read-only (the demo)', () => {
  it('shows the results without a single editable control, and offers a copy', async () => {
    await renderResults(handAssessment('nl', { readOnly: true }), 'en');
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    for (const name of [/Add as action/, /^Edit/, /^Move up/, /^Move down/, /^Delete/]) {
      expect(screen.queryAllByRole('button', { name })).toEqual([]);
    }
    // The numbers are all there, targets as plain text.
    // index from the shown 3.1: 2.1 x 25 = 52.5 -> 53 (see fixture.ts)
    expect(screen.getByText('3.1 · Systematic · index 53')).toBeInTheDocument();
    const targets = screen.getByRole('table', {
      name: 'Target, importance, gap and priority per element',
    });
    const row = within(targets).getByRole('rowheader', { name: /^Understanding customer/ });
    expect([...row.closest('tr')!.children].map((c) => c.textContent)).toEqual([
      'Understanding customer needs, expectations and desires',
      '2.0',
      '5',
      '5',
      '3.0',
      '15.0',
    ]);
    expect(screen.getByRole('table', { name: 'The action plan' })).toBeInTheDocument();
    // Saving and exporting change nothing, so they stay.
    expect(screen.getByRole('button', { name: 'Save to file' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    // And the store refuses edits anyway.
    expect(updateAssessment(FIXTURE_ID, (a) => ({ ...a, actions: [] }))).toBe(false);
  });

  it('makes an editable copy and opens its results', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { readOnly: true }), 'en');
    await user.click(screen.getByRole('button', { name: 'Make a copy to edit' }));
    const copies = Object.values(useAssessments.getState().byId).filter((a) => a.id !== FIXTURE_ID);
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    expect(copy.readOnly).toBe(false);
    expect(copy.meta.title).toBe('Baseline 2026 (copy)');
    expect(copy.answers).toEqual(handAssessment('nl').answers);
    expect(window.location.hash).toBe(`#/a/${copy.id}/results`);
  });

  it('says so when the assessment does not exist', async () => {
    await renderWith(<ResultsPage id="a-gone" />, handAssessment('nl'), 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Assessment not found');
  });
});
