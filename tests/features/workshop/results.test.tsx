import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopPage } from '../../../src/features/workshop/WorkshopPage';
import type { Participant } from '../../../src/model/schema';
import { resetStore } from '../../support/store';
import { renderWithI18n } from '../assess/support';
import { addTestWorkshop, storedWorkshop, WORKSHOP } from './support';

afterEach(async () => {
  await resetStore();
});

/**
 * Quick check, three participants (M1, M2 in Management, E1 in Employees):
 * - Leadership commitment: 2, 4, 5 -> team 11 / 3 = 3.67, shown 3.7; 2.0 to 5.0: disagreement.
 * - Service culture: 3, 3, 4 -> 10 / 3 = 3.33, shown 3.3; within 1.0: triage accepts 3.3.
 * - Vision & strategy: 4, 4, 3 -> 3.7; within 1.0: triage accepts 3.7.
 * Management has 2 answers, Employees 1: both under 3, so no group figures at all.
 */
const THREE = {
  quickAnswers: {
    'p-anna': { 'leadership-commitment': 2, 'service-culture': 3, 'vision-mission-strategy': 4 },
    'p-bram': { 'leadership-commitment': 4, 'service-culture': 3, 'vision-mission-strategy': 4 },
    'p-cas': { 'leadership-commitment': 5, 'service-culture': 4, 'vision-mission-strategy': 3 },
  },
} as const;

describe('team results', () => {
  it('shows team score, spread, answers and the to-discuss list, and hides groups under 3', async () => {
    addTestWorkshop(THREE);
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section="results" />);
    const table = screen.getByRole('table', { name: 'Team scores per element' });
    const lc = within(table).getByRole('row', { name: /^Leadership and management commitment/ });
    const cells = within(lc)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // team, agreed (none), spread + flag, answers, don't know, reason (none)
    expect(cells).toEqual(['3.7', '–', '2.0 to 5.0disagreement', '3', '0', '']);
    expect(
      within(table).getByRole('row', { name: /^Service excellence culture/ }),
    ).toHaveTextContent('3.3');

    const discuss = screen.getByRole('heading', { name: 'To discuss' }).parentElement!;
    const items = within(discuss).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Leadership and management commitmentFrom 2.0 to 5.0: a difference of 3.0.',
    );

    // The unnamed dot plot of that element: counts, never who.
    expect(
      screen.getByRole('img', {
        name: '1 answer at level 2, 1 answer at level 4, 1 answer at level 5',
      }),
    ).toBeInTheDocument();

    expect(
      screen.getByText('Management: 2 answered, fewer than 3, so its figures are not shown.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Employees: 1 answered, fewer than 3, so its figures are not shown.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Group scores per element' })).toBeNull();
    // Anna, Bram and Cas are nowhere on the results: figures never need a name.
    expect(screen.queryByText(/Anna|Bram|Cas/)).toBeNull();
  });

  it('shows group scores and the perception gap, largest first, flagged from 1.0', async () => {
    /*
     * Management M1-M3 on leadership commitment 4, 4, 5 -> 13 / 3 = 4.33, shown 4.3;
     * Employees E1-E3 2, 3, 3 -> 8 / 3 = 2.67, shown 2.7. Gap 4.3 - 2.7 = +1.6: flagged.
     * Service culture: Management 3, 3, 3 = 3.0; Employees 3, 4, 3 = 3.3. Gap 3.0 - 3.3 = -0.3.
     */
    const people: Participant[] = ['M1', 'M2', 'M3', 'E1', 'E2', 'E3'].map((code) => ({
      id: `p-${code}`,
      name: '',
      code,
      groupId: code.startsWith('M') ? 'management' : 'employees',
    }));
    const levels: Record<string, [number, number]> = {
      M1: [4, 3],
      M2: [4, 3],
      M3: [5, 3],
      E1: [2, 3],
      E2: [3, 4],
      E3: [3, 3],
    };
    addTestWorkshop({
      participants: people,
      quickAnswers: Object.fromEntries(
        people.map((p) => [
          p.id,
          {
            'leadership-commitment': levels[p.code]![0],
            'service-culture': levels[p.code]![1],
          },
        ]),
      ),
    });
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section="results" />);
    const groups = screen.getByRole('table', { name: 'Group scores per element' });
    expect(
      within(groups)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Element', 'Management (3)', 'Employees (3)']);
    expect(
      within(within(groups).getByRole('row', { name: /^Leadership and management/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4.3', '2.7']);

    const gaps = screen.getByRole('table', {
      name: 'Perception gap: Management against Employees',
    });
    const rows = within(gaps).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      'Leadership and management commitment4.32.7+1.6gap of 1.0 or more',
    );
    expect(rows[1]).toHaveTextContent('Service excellence culture3.03.3-0.3');
    expect(rows[1]).not.toHaveTextContent('gap of');

    // The same gaps as a chart above the table: a list in the same order, the flag in words.
    const chart = screen.getByRole('figure', {
      name: /^Chart of the gaps per element, largest first: Management as a filled dot, Employees as a ring/,
    });
    const items = within(chart).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    expect(items[0]).toHaveTextContent(
      'Leadership and management commitment+1.6 gap of 1.0 or more',
    );
    expect(items[1]).toHaveTextContent('Service excellence culture-0.3');
    expect(items[1]).not.toHaveTextContent('gap of');
    // Elements nobody answered have no gap and come last.
    expect(items[8]).toHaveTextContent('–');
  });
});

describe('agreement', () => {
  it('locks, accepts the close elements in one step, sets a score with its reason, unlocks', async () => {
    const user = userEvent.setup();
    addTestWorkshop(THREE);
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section="agree" />);
    expect(screen.getByText(/Start the agreement first/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Start the agreement and lock the answers' }),
    );
    expect(storedWorkshop().lock.locked).toBe(true);
    expect(storedWorkshop().lock.history.map((h) => h.locked)).toEqual([true]);

    expect(screen.getByText('Service excellence culture: 3.3')).toBeInTheDocument();
    expect(
      screen.getByText('Service excellence vision, mission and strategy: 3.7'),
    ).toBeInTheDocument();
    // One reason for all of them, prefilled with why triage offers them; an empty one is refused.
    const reason = screen.getByLabelText('Why the team accepts these');
    expect(reason).toHaveValue(
      'Everyone lies within 1.0 of each other: the team accepts the team score.',
    );
    const accept = screen.getByRole('button', {
      name: 'Accept these 2 elements at their team scores',
    });
    await user.clear(reason);
    await user.click(accept);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Write down why the team agreed on this score.',
    );
    expect(storedWorkshop().elements['service-culture'].agreedScore).toBeNull();
    await user.type(reason, 'Close enough; no one asked to discuss.');
    await user.click(accept);
    expect(storedWorkshop().elements['service-culture']).toMatchObject({
      agreedScore: 3.3,
      agreedReason: 'Close enough; no one asked to discuss.',
    });
    expect(storedWorkshop().elements['vision-mission-strategy']).toMatchObject({
      agreedScore: 3.7,
      agreedReason: 'Close enough; no one asked to discuss.',
    });
    // The accepted ones join the agreed list with their reason, where it can still be changed.
    const culture = screen.getByRole('group', { name: 'Service excellence culture' });
    expect(within(culture).getByLabelText('Reason')).toHaveValue(
      'Close enough; no one asked to discuss.',
    );

    const lc = screen.getByRole('group', { name: 'Leadership and management commitment' });
    const score = within(lc).getByLabelText('Agreed score');
    // It starts at the displayed team mean.
    expect(score).toHaveValue('3.7');
    await user.clear(score);
    await user.type(score, '4,55');
    await user.click(within(lc).getByRole('button', { name: 'Set agreed score' }));
    expect(within(lc).getByRole('alert')).toHaveTextContent(
      'Use at most one decimal, such as 3.5.',
    );
    await user.clear(score);
    await user.type(score, '4');
    await user.click(within(lc).getByRole('button', { name: 'Set agreed score' }));
    expect(within(lc).getByRole('alert')).toHaveTextContent(
      'Write down why the team agreed on this score.',
    );
    await user.type(within(lc).getByLabelText('Reason'), 'The board’s plan is in place since May.');
    await user.click(within(lc).getByRole('button', { name: 'Set agreed score' }));
    expect(storedWorkshop().elements['leadership-commitment']).toMatchObject({
      agreedScore: 4,
      agreedReason: 'The board’s plan is in place since May.',
    });

    await user.click(screen.getByRole('button', { name: 'Unlock the answers' }));
    cleanup();
    // The team results show each agreed score's reason beside it.
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section="results" />);
    const table = screen.getByRole('table', { name: 'Team scores per element' });
    expect(
      within(table).getByRole('row', { name: /Service excellence culture/ }),
    ).toHaveTextContent('Close enough; no one asked to discuss.');
    expect(
      within(table).getByRole('row', { name: /Leadership and management commitment/ }),
    ).toHaveTextContent('The board’s plan is in place since May.');

    expect(storedWorkshop().lock.history.map((h) => h.locked)).toEqual([true, false]);
    // Agreed scores stay when the answers are unlocked.
    expect(storedWorkshop().elements['leadership-commitment'].agreedScore).toBe(4);
  });
});
