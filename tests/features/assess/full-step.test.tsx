import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageBar } from '../../../src/components/StorageBar';
import { AssessPage } from '../../../src/features/assess/AssessPage';
import { updateAssessment, useAssessments } from '../../../src/state/assessments';
import { usePositions } from '../../../src/state/positions';
import { addTestAssessment, PARTICIPANT, renderWithI18n, stored } from './support';
import { resetStore } from '../../support/store';
import type * as StorageModule from '../../../src/state/storage';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

const ID = 'a-full';

function statementGroups(): HTMLElement[] {
  return screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
}

function answers() {
  return stored(ID).answers[PARTICIPANT] ?? {};
}

describe('full assessment step', () => {
  beforeEach(() => {
    addTestAssessment('full');
  });
  afterEach(async () => {
    await resetStore();
  });

  it('shows the dimension, the element as the h1, its about text and five statements of seven options', async () => {
    await renderWithI18n(<AssessPage id={ID} step="service-culture" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Service excellence culture',
    );
    expect(
      screen.getByText(/Service excellence culture and employee engagement/, { selector: 'p' }),
    ).toHaveTextContent('Element 3 of 9');
    const groups = statementGroups();
    expect(groups).toHaveLength(5);
    for (const group of groups) {
      const radios = within(group).getAllByRole('radio');
      expect(radios).toHaveLength(7);
      // Native radios sharing one name: the browser gives arrow-key movement for free.
      expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    }
    const first = groups[0]!;
    for (const name of [
      '1 Ad hoc',
      '2 Developing',
      '3 Systematic',
      '4 Integrated',
      '5 Excellent',
    ]) {
      expect(within(first).getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(within(first).getByRole('radio', { name: 'Not applicable' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: "Don't know" })).toBeInTheDocument();
    // h2 sections follow the h1.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Statements',
      'Notes',
    ]);
  });

  it('stores a clicked level for that statement and marks the statement answered', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />);
    const second = statementGroups()[1]!;
    await user.click(within(second).getByRole('radio', { name: '4 Integrated' }));
    expect(answers()).toEqual({ 'vms-2': 4 });
    expect(within(second).getByRole('radio', { name: '4 Integrated' })).toBeChecked();
    // Marked in words, not by colour alone.
    expect(within(second).getByText('Answered')).toBeInTheDocument();
    expect(within(statementGroups()[0]!).queryByText('Answered')).toBeNull();
  });

  it('answers with the digit keys while focus is in a group: 3, then 0 for not applicable', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />);
    const third = statementGroups()[2]!;
    within(third).getAllByRole('radio')[0]!.focus();
    await user.keyboard('3');
    expect(answers()['vms-3']).toBe(3);
    expect(within(third).getByRole('radio', { name: '3 Systematic' })).toBeChecked();
    expect(within(third).getByRole('radio', { name: '3 Systematic' })).toHaveFocus();
    await user.keyboard('0');
    expect(answers()['vms-3']).toBe('na');
    expect(within(third).getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    expect(within(third).getByRole('radio', { name: 'Not applicable' })).toHaveFocus();
    // Other keys are left alone; the other statements are untouched.
    await user.keyboard('7');
    expect(answers()).toEqual({ 'vms-3': 'na' });
  });

  it("keeps Don't know as an answer of its own, which counts as answered", async () => {
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />);
    const first = statementGroups()[0]!;
    await user.click(within(first).getByRole('radio', { name: '5 Excellent' }));
    expect(answers()['vms-1']).toBe(5);
    await user.click(within(first).getByRole('radio', { name: "Don't know" }));
    expect(answers()['vms-1']).toBe('dk');
    expect(within(first).getByRole('radio', { name: "Don't know" })).toBeChecked();
    expect(within(first).getByRole('radio', { name: '5 Excellent' })).not.toBeChecked();
    // MODEL.md: "don't know" counts as answered for progress (1 of the element's 5).
    expect(screen.getByText('This element: 1 of 5 answered')).toBeInTheDocument();
  });

  it('updates the element and overall progress, counting not applicable as answered', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />);
    expect(screen.getByText('This element: 0 of 5 answered')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAccessibleName(
      'Overall progress 0 of 45 answered',
    );
    const groups = statementGroups();
    await user.click(within(groups[0]!).getByRole('radio', { name: '2 Developing' }));
    expect(screen.getByText('This element: 1 of 5 answered')).toBeInTheDocument();
    expect(screen.getByText('1 of 45 answered')).toBeInTheDocument();
    await user.click(within(groups[1]!).getByRole('radio', { name: 'Not applicable' }));
    expect(screen.getByText('This element: 2 of 5 answered')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
    // The element list shows the same count.
    const nav = screen.getByRole('navigation', { name: 'Elements' });
    expect(within(nav).getByRole('link', { current: 'step' })).toHaveAccessibleName(
      /Vision & strategy.*2 of 5 answered/,
    );
  });

  it('says "Saving…", then "Saved in this browser"', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />);
    await user.click(within(statementGroups()[0]!).getByRole('radio', { name: '1 Ad hoc' }));
    const status = screen.getByText(/Saving…|Saved in this browser/);
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toHaveTextContent('Saved in this browser'));
  });

  it('shows a store problem as a translated error notice', async () => {
    // A refused write is shown by the storage bar, which the app renders below every page.
    await renderWithI18n(
      <>
        <AssessPage id={ID} step="vision-mission-strategy" />
        <StorageBar />
      </>,
    );
    act(() => useAssessments.setState({ problem: { key: 'storage.writeFailed' } }));
    expect(screen.getByRole('alert')).toHaveTextContent('could not be saved in this browser');
    act(() => useAssessments.setState({ problem: { key: 'errors.noSuchKeyAnywhere' } }));
    expect(screen.getByRole('alert')).toHaveTextContent('This value is not valid.');
  });

  it('links Back, Next and every element; the last Next goes to the results', async () => {
    const { rerender } = await renderWithI18n(<AssessPage id={ID} step="leadership-commitment" />);
    const steps = screen.getByRole('navigation', { name: 'Previous and next element' });
    expect(within(steps).getByRole('link', { name: /Back/ })).toHaveAttribute(
      'href',
      `#/a/${ID}/vision-mission-strategy`,
    );
    expect(within(steps).getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `#/a/${ID}/service-culture`,
    );
    const nav = screen.getByRole('navigation', { name: 'Elements' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(9);
    expect(links[8]).toHaveAttribute('href', `#/a/${ID}/monitoring`);
    // Grouped by the four dimensions.
    expect(within(nav).getAllByRole('list', { name: /./ })).toHaveLength(4);
    expect(
      within(nav).getByRole('list', { name: 'Creating outstanding customer experiences' }).children,
    ).toHaveLength(3);

    rerender(<AssessPage id={ID} step="monitoring" />);
    const last = screen.getByRole('navigation', { name: 'Previous and next element' });
    expect(within(last).getByRole('link', { name: /See the results/ })).toHaveAttribute(
      'href',
      `#/a/${ID}/results`,
    );
    expect(within(last).queryByRole('link', { name: /^Next/ })).toBeNull();
  });

  it('remembers every visited step (outside the assessment) and resumes there when the link has no step', async () => {
    const before = stored(ID);
    const first = await renderWithI18n(<AssessPage id={ID} step="experience-design" />);
    expect(usePositions.getState().byId[ID]).toBe('experience-design');
    // Moving is not an edit: the assessment itself is untouched.
    expect(stored(ID)).toBe(before);
    first.unmount();
    await renderWithI18n(<AssessPage id={ID} step={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Designing and renewing outstanding customer experiences',
    );
    expect(window.location.hash).toBe(`#/a/${ID}/experience-design`);
  });

  it('moves focus to the new heading when the step changes', async () => {
    const user = userEvent.setup();
    const { rerender } = await renderWithI18n(<AssessPage id={ID} step="service-culture" />);
    await user.click(within(statementGroups()[0]!).getByRole('radio', { name: '3 Systematic' }));
    rerender(<AssessPage id={ID} step="employee-engagement" />);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('Employee engagement');
    expect(h1).toHaveFocus();
    expect(usePositions.getState().byId[ID]).toBe('employee-engagement');
    // The new element's statements start open.
    for (const group of statementGroups()) {
      expect(
        within(group)
          .getAllByRole('radio')
          .filter((r) => (r as HTMLInputElement).checked),
      ).toEqual([]);
    }
  });

  it('starts at the first element when nothing was visited yet', async () => {
    await renderWithI18n(<AssessPage id={ID} step={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Service excellence vision, mission and strategy',
    );
  });

  it('explains an unknown step and links to the first element', async () => {
    await renderWithI18n(<AssessPage id={ID} step="no-such-element" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This step does not exist');
    expect(screen.getByRole('link', { name: 'Go to the first element' })).toHaveAttribute(
      'href',
      `#/a/${ID}/vision-mission-strategy`,
    );
  });

  it('explains a missing assessment', async () => {
    await renderWithI18n(<AssessPage id="a-gone" step={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Assessment not found');
  });

  it('keeps answers already in the store when the page opens', async () => {
    updateAssessment(ID, (a) => ({
      ...a,
      answers: { [PARTICIPANT]: { 'mo-2': 'na', 'mo-4': 1 } },
    }));
    await renderWithI18n(<AssessPage id={ID} step="monitoring" />);
    const groups = statementGroups();
    expect(within(groups[1]!).getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    expect(within(groups[3]!).getByRole('radio', { name: '1 Ad hoc' })).toBeChecked();
    expect(screen.getByText('This element: 2 of 5 answered')).toBeInTheDocument();
  });

  it('speaks Dutch', async () => {
    await renderWithI18n(<AssessPage id={ID} step="vision-mission-strategy" />, 'nl');
    const first = statementGroups()[0]!;
    expect(within(first).getByRole('radio', { name: '2 In ontwikkeling' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Niet van toepassing' })).toBeInTheDocument();
    expect(screen.getByText('Dit element: 0 van 5 beantwoord')).toBeInTheDocument();
    expect(screen.getByText('Wat betekenen de niveaus?')).toBeInTheDocument();
  });

  it('asks an edition-2 assessment its statements, each with what to look for, in its own word', async () => {
    const user = userEvent.setup();
    addTestAssessment(
      'full',
      {
        frameworkEdition: 2,
        meta: { ...stored(ID).meta, customerWord: 'tenant' },
      },
      'a-ed2',
    );
    await renderWithI18n(<AssessPage id="a-ed2" step="processes-structure" />);
    // Edition 2, processes: ps-6, ps-7, ps-3, ps-8, ps-9, ps-5 (six statements).
    const groups = statementGroups();
    expect(groups).toHaveLength(6);
    const complaint = groups[1]!;
    expect(
      within(complaint).getByText(
        'Our organisation contacts the tenant after handling a complaint, to check that the problem has really been solved.',
      ),
    ).toBeInTheDocument();
    await user.click(within(complaint).getByText('What to look for'));
    expect(
      within(complaint).getByText(
        'Ask how often a tenant is called back after a complaint, and what that showed. The complaints system shows it; ask the complaint handlers too.',
      ),
    ).toBeVisible();
    expect(
      within(complaint).getByText(
        'Those who work with research, complaints or figures, and management.',
      ),
    ).toBeVisible();
  });

  it("explains the terms beside the questions, in the assessment's own word", async () => {
    const user = userEvent.setup();
    addTestAssessment(
      'full',
      { frameworkEdition: 2, meta: { ...stored(ID).meta, customerWord: 'tenant' } },
      'a-terms',
    );
    await renderWithI18n(<AssessPage id="a-terms" step="vision-mission-strategy" />, 'nl');
    await user.click(screen.getByText('Begrippen in deze vragenlijst'));
    // vms-3 asks about the core promise; the glossary says what it is, and names the journey
    // in the tenant word (huurdersreis).
    expect(screen.getByText('Basisbelofte')).toBeVisible();
    expect(screen.getByText('Huurdersreis')).toBeVisible();
    expect(
      screen.getByText(
        'De stappen die een huurder zet om iets gedaan te krijgen, over afdelingen en kanalen heen.',
      ),
    ).toBeVisible();
  });
});
