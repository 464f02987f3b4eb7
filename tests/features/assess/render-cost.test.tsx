import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessPage } from '../../../src/features/assess/AssessPage';
import { addTestAssessment, renderWithI18n } from './support';
import { resetStore } from '../../support/store';
import type * as StorageModule from '../../../src/state/storage';
import type * as FrameworkTextModule from '../../../src/features/assess/use-framework-text';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

// Every component that shows framework text calls this hook once per render: counting the calls
// counts the renders of the statement rows, the element list and the page.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/features/assess/use-framework-text', async (importOriginal) => {
  const real = await importOriginal<typeof FrameworkTextModule>();
  return {
    useFrameworkText: () => {
      renders.count += 1;
      return real.useFrameworkText();
    },
  };
});

afterEach(async () => {
  await resetStore();
});

describe('what an answer re-renders', () => {
  it('re-renders only the answered row and its entry in the element list', async () => {
    const user = userEvent.setup();
    addTestAssessment('full');
    await renderWithI18n(<AssessPage id="a-full" step="vision-mission-strategy" />);
    const groups = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');

    for (const [i, group] of groups.entries()) {
      renders.count = 0;
      await user.click(
        within(group).getByRole('radio', {
          name: `${(i % 5) + 1} ${['Ad hoc', 'Developing', 'Systematic', 'Integrated', 'Excellent'][i % 5]}`,
        }),
      );
      // The answered row, the element list and that element's entry in it: not the four other
      // rows, the other eight entries or the page.
      expect(renders.count).toBe(3);
    }
  });
});
