import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextStep } from '../../../src/model/priorities';
import type * as StorageModule from '../../../src/state/storage';
import { ACTIONS, handAssessment } from './fixture';
import { renderResults } from './support';
import { resetStore } from '../../support/store';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetStore();
});

/** A phone: every "(min-width: ...)" query fails. */
function phone() {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

describe('results page sections', () => {
  it('shows the notes, strengths and points to improve written per element', async () => {
    const a = handAssessment('nl');
    a.elements.monitoring = {
      ...a.elements.monitoring,
      notes: 'Klanten bellen 3× terug → doel ≥ 85 %',
      improvements: 'Wachttijd ≤ 30 s',
    };
    a.elements['service-culture'] = { ...a.elements['service-culture'], strengths: 'Trots “KCC”' };
    await renderResults(a, 'en');
    const region = await screen.findByRole('region', { name: 'Notes per element' });
    const cards = within(region).getAllByRole('listitem');
    // Only the two elements with text, in model order, each with only the fields filled in.
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Service excellence culture',
      'Monitoring service excellence activities and results',
    ]);
    expect(cards[0]).toHaveTextContent('StrengthsTrots “KCC”');
    expect(cards[1]).toHaveTextContent(
      'NotesKlanten bellen 3× terug → doel ≥ 85 %ImprovementsWachttijd ≤ 30 s',
    );
  });

  it('leaves the notes section out when nothing was written', async () => {
    await renderResults(handAssessment('nl'), 'en');
    await screen.findByRole('region', { name: 'Action plan' });
    expect(screen.queryByRole('region', { name: 'Notes per element' })).toBeNull();
  });

  it('says a suggested step is already in the action plan instead of offering it again', async () => {
    // customer-understanding: 2.0, Developing: the "2 to 3" steps; the first is an action.
    const [first] = nextStep('customer-understanding', 2).stepIds;
    const a = handAssessment('nl', {
      actions: [
        ...ACTIONS,
        {
          ...ACTIONS[0]!,
          id: 'act-step',
          elementId: 'customer-understanding',
          description: 'Own words',
          stepRef: { stepId: first!, edition: 1, text: { nl: 'Stap', en: 'Step' } },
        },
      ],
    });
    await renderResults(a, 'en');
    const card = screen
      .getByRole('heading', { name: '1. Understanding customer needs, expectations and desires' })
      .closest('li')!;
    const items = within(card).getAllByRole('listitem');
    expect(within(items[0]!).getByText('Added to the action plan')).toBeInTheDocument();
    expect(within(items[0]!).queryByRole('button', { name: 'Add as action' })).toBeNull();
    expect(within(items[1]!).getByRole('button', { name: 'Add as action' })).toBeInTheDocument();
  });

  it('folds the long sections on a phone, and opens one on request', async () => {
    phone();
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    const toggle = await screen.findByRole('button', { name: 'Scores by dimension and element' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.queryByRole('table', { name: 'Score, level and index per dimension and element' }),
    ).toBeNull();
    for (const name of ['Targets and priorities', 'Improvement areas', 'Strengths']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-expanded', 'false');
    }
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByRole('table', { name: 'Score, level and index per dimension and element' }),
    ).toBeInTheDocument();
    // The action plan stays open: it is what the page is for.
    expect(screen.getByRole('heading', { name: 'Action plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Action plan' })).toBeNull();
  });
});
