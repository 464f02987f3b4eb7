import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../src/features/library/Library';
import { ELEMENT_IDS } from '../../../src/model/framework';
import { newAssessment, withQuickAnswer } from '../../../src/model/edits';
import type { Assessment } from '../../../src/model/schema';
import { addAssessment, flushSaves, useAssessments } from '../../../src/state/assessments';
import { resetStore, testI18n } from '../../support/store';

function make(
  id: string,
  over: { title: string; organisation: string; date: string; kind?: 'quick' | 'full' },
): Assessment {
  return newAssessment({
    id,
    kind: over.kind ?? 'full',
    meta: {
      title: over.title,
      titleIsDefault: false,
      organisation: over.organisation,
      scope: '',
      assessor: '',
      date: over.date,
      language: 'nl',
      customerWord: 'customer',
    },
    participantId: 'p1',
    now: `${over.date}T10:00:00.000Z`,
  });
}

/** Quick check with levels 4,4,4,3,3,3,3,3,4: 31 / 9 = 3.44, shown 3,4 (nl) and 3.4 (en). */
function scored(): Assessment {
  const levels = [4, 4, 4, 3, 3, 3, 3, 3, 4] as const;
  let a = make('a-jaar', {
    title: 'Jaarmeting',
    organisation: 'Woonstad',
    date: '2026-11-25',
    kind: 'quick',
  });
  ELEMENT_IDS.forEach((e, i) => {
    a = withQuickAnswer(a, 'p1', e, levels[i] ?? 3);
  });
  return a;
}

function seed() {
  const workshop = {
    ...make('a-beta', {
      title: 'Nulmeting',
      organisation: 'Zorggroep Beta',
      date: '2026-03-02',
      kind: 'quick',
    }),
    mode: 'workshop' as const,
  };
  const list = [
    scored(),
    make('a-alfa', { title: 'Audit', organisation: 'Gemeente Alfa', date: '2025-06-30' }),
    workshop,
  ];
  useAssessments.setState({ byId: Object.fromEntries(list.map((a) => [a.id, a])) });
}

async function renderLibrary(lng: 'nl' | 'en') {
  const i18n = await testI18n(lng);
  render(
    <I18nextProvider i18n={i18n}>
      <Library />
    </I18nextProvider>,
  );
}

const titles = () =>
  screen
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)
    .filter((x) => x !== null);

beforeEach(async () => {
  await resetStore();
  await deleteDB('se-radar');
  useAssessments.setState({ unreadable: [] });
});

describe('the library', () => {
  it('shows each assessment with its details, progress and score in Dutch', async () => {
    seed();
    await renderLibrary('nl');
    expect(screen.getByText('3 van 3 beoordelingen getoond')).toBeInTheDocument();
    // Newest date first.
    expect(titles()).toEqual(['Jaarmeting', 'Nulmeting', 'Audit']);
    const card = screen.getByRole('heading', { name: 'Jaarmeting' }).closest('li');
    if (!card) throw new Error('no card');
    const c = within(card);
    expect(c.getByRole('link', { name: 'Jaarmeting' })).toHaveAttribute('href', '#/a/a-jaar');
    expect(c.getByText('Woonstad · Quickscan · Eén persoon')).toBeInTheDocument();
    expect(c.getByText('25 november 2026')).toBeInTheDocument();
    expect(c.getByText('9 van 9 beantwoord')).toBeInTheDocument();
    expect(c.getByText('3,4')).toBeInTheDocument();
    const audit = screen.getByRole('heading', { name: 'Audit' }).closest('li');
    if (!audit) throw new Error('no card');
    expect(within(audit).getByText('0 van 45 beantwoord')).toBeInTheDocument();
    expect(within(audit).getByText('nog geen score')).toBeInTheDocument();
    expect(screen.getByText('Zorggroep Beta · Quickscan · Workshop')).toBeInTheDocument();
    // Every button says which assessment it acts on.
    expect(screen.getByRole('link', { name: 'Gegevens wijzigen Audit' })).toHaveAttribute(
      'href',
      '#/details/a-alfa',
    );
    expect(screen.getByRole('checkbox', { name: 'Selecteer Audit' })).not.toBeChecked();
  });

  it('searches, filters and sorts, and says how many are shown', async () => {
    const user = userEvent.setup();
    seed();
    await renderLibrary('en');
    expect(screen.getByText('3.4')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search by title or organisation'), 'ALFA');
    expect(titles()).toEqual(['Audit']);
    expect(screen.getByText('1 of 3 assessments shown')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search by title or organisation'));
    await user.selectOptions(screen.getByLabelText('Questionnaire'), 'Quick check');
    expect(titles()).toEqual(['Jaarmeting', 'Nulmeting']);
    await user.selectOptions(screen.getByLabelText('Mode'), 'Workshop');
    expect(titles()).toEqual(['Nulmeting']);
    await user.selectOptions(screen.getByLabelText('Questionnaire'), 'Full assessment');
    expect(screen.getByText('No assessment matches. Change the search or the filters.'));
    expect(screen.getByText('0 of 3 assessments shown')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Questionnaire'), 'All');
    await user.selectOptions(screen.getByLabelText('Mode'), 'All');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Title, A to Z');
    expect(titles()).toEqual(['Audit', 'Jaarmeting', 'Nulmeting']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Organisation, A to Z');
    expect(titles()).toEqual(['Audit', 'Jaarmeting', 'Nulmeting']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Score, highest first');
    // Only Jaarmeting has a score; the two without one keep the newest change first.
    expect(titles()).toEqual(['Jaarmeting', 'Nulmeting', 'Audit']);
  });

  it('deletes at once and brings the assessment back whole with Undo', async () => {
    const user = userEvent.setup();
    const a = scored();
    addAssessment(a);
    await flushSaves();
    await renderLibrary('en');
    await user.click(screen.getByRole('button', { name: 'Delete Jaarmeting' }));
    expect(await screen.findByText('“Jaarmeting” was deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Jaarmeting' })).toBeNull();
    expect(useAssessments.getState().byId['a-jaar']).toBeUndefined();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(await screen.findByText('“Jaarmeting” is back.')).toBeInTheDocument();
    await flushSaves();
    expect(useAssessments.getState().byId['a-jaar']?.quickAnswers).toEqual(a.quickAnswers);
    expect(screen.getByRole('heading', { name: 'Jaarmeting' })).toBeInTheDocument();
  });

  it('duplicates under a new id with "(kopie)" in the title', async () => {
    const user = userEvent.setup();
    seed();
    await renderLibrary('nl');
    await user.click(screen.getByRole('button', { name: 'Dupliceren Jaarmeting' }));
    expect(await screen.findByText('‘Jaarmeting (kopie)’ staat nu in de lijst.')).toBeVisible();
    const copies = Object.values(useAssessments.getState().byId).filter(
      (x) => x.meta.title === 'Jaarmeting (kopie)',
    );
    expect(copies).toHaveLength(1);
    expect(copies[0]?.id).not.toBe('a-jaar');
    expect(copies[0]?.quickAnswers.p1).toEqual(scored().quickAnswers.p1);
    expect(await screen.findByText('4 van 4 beoordelingen getoond')).toBeInTheDocument();
  });

  it('reassesses from the card: a new assessment linked to the one it follows up', async () => {
    const user = userEvent.setup();
    seed();
    await renderLibrary('nl');
    await user.click(screen.getByRole('button', { name: 'Opnieuw beoordelen Audit' }));
    await waitFor(() =>
      expect(
        Object.values(useAssessments.getState().byId).filter(
          (x) => x.previousAssessmentId === 'a-alfa',
        ),
      ).toHaveLength(1),
    );
  });

  it('shows the first 50 cards, and the others on one click', async () => {
    const user = userEvent.setup();
    const list = Array.from({ length: 52 }, (_, i) =>
      make(`a-${i}`, { title: `Meting ${i + 1}`, organisation: 'Org', date: '2026-01-01' }),
    );
    useAssessments.setState({ byId: Object.fromEntries(list.map((a) => [a.id, a])) });
    await renderLibrary('en');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(50);
    expect(screen.getByText('50 of 52 assessments shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the other 2 assessments' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(52);
    expect(screen.getByText('52 of 52 assessments shown')).toBeInTheDocument();
  });

  it('offers to save the ticked assessments, and all shown at once', async () => {
    const user = userEvent.setup();
    seed();
    await renderLibrary('en');
    expect(
      screen.getByText('Tick assessments to save them together in one backup file.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Audit' }));
    expect(
      screen.getByRole('button', { name: 'Save the selected assessment to a file' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    expect(
      screen.getByRole('button', { name: 'Save the 3 selected assessments to one file' }),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing yet', async () => {
    await renderLibrary('en');
    expect(
      screen.getByText('No assessments in this browser yet. Start one above, or open a file.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('search')).toBeNull());
  });
});
