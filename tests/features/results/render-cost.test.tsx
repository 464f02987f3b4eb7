import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsPage } from '../../../src/features/results/ResultsPage';
import { assessmentSchema } from '../../../src/model/schema';
import { flushSaves } from '../../../src/state/assessments';
import type * as StorageModule from '../../../src/state/storage';
import v1Fixture from '../../fixtures/assessment-v2-full.json';
import { renderWith } from './support';
import { resetStore } from '../../support/store';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(resetStore);

describe('what typing in the action form re-renders', () => {
  it('renders a full two-person assessment, and nothing while typing an action', async () => {
    const user = userEvent.setup();
    const a = assessmentSchema.parse(v1Fixture);
    const commits: { phase: string; ms: number }[] = [];
    const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
      commits.push({ phase, ms: actualDuration });
    };
    await renderWith(
      <Profiler id="results" onRender={onRender}>
        <ResultsPage id={a.id} />
      </Profiler>,
      a,
      'nl',
    );
    expect(commits.some((c) => c.phase === 'mount')).toBe(true);
    // Storing the assessment queued a save, whose summary then updates the comparison pickers:
    // let it land, so what follows measures typing alone.
    await act(() => flushSaves());

    commits.length = 0;
    await user.type(screen.getByRole('textbox', { name: /^Actie/ }), 'abc');
    // react-hook-form keeps the typed text in the DOM: typing re-renders nothing, least of all the
    // page with its radar and tables.
    expect(commits).toEqual([]);
  });
});
