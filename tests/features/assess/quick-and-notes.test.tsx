import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessPage } from '../../../src/features/assess/AssessPage';
import { withAnswer, withElementInput, withQuickAnswer } from '../../../src/model/edits';
import { addTestAssessment, PARTICIPANT, renderWithI18n, stored } from './support';
import { resetStore } from '../../support/store';
import type * as StorageModule from '../../../src/state/storage';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(async () => {
  await resetStore();
  window.location.hash = '';
});

function quickGroup(): HTMLElement {
  return screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')!;
}

describe('quick check step', () => {
  it('shows the question with five element-specific descriptions and stores the chosen level', async () => {
    const user = userEvent.setup();
    addTestAssessment('quick');
    await renderWithI18n(<AssessPage id="a-quick" step="monitoring" />);
    const group = quickGroup();
    expect(group).toHaveAccessibleName(/Which description best fits how you measure and improve\?/);
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    for (const [i, name] of [
      'Ad hoc',
      'Developing',
      'Systematic',
      'Integrated',
      'Excellent',
    ].entries()) {
      const radio = within(group).getByRole('radio', { name: `Level ${i + 1}: ${name}` });
      // The element's own descriptor describes the option.
      expect(radio.getAttribute('aria-describedby')).toBeTruthy();
      expect(radio).toHaveAccessibleDescription(/.{40,}/);
    }
    const descriptions = radios.slice(0, 5).map((r) => r.getAttribute('aria-describedby'));
    expect(new Set(descriptions.map((id) => document.getElementById(id!)!.textContent)).size).toBe(
      5,
    );

    await user.click(within(group).getByRole('radio', { name: /Level 4/ }));
    expect(stored('a-quick').quickAnswers[PARTICIPANT]).toEqual({ monitoring: 4 });
    expect(screen.getByText('1 of 9 answered')).toBeInTheDocument();
    expect(screen.getByText('This element: answered')).toBeInTheDocument();
    // No statements in a quick check.
    expect(screen.queryByRole('heading', { name: 'Statements' })).toBeNull();
  });

  it('answers with digits 1-5 and clears with 0', async () => {
    const user = userEvent.setup();
    addTestAssessment('quick');
    await renderWithI18n(<AssessPage id="a-quick" step="service-culture" />);
    const group = quickGroup();
    within(group).getAllByRole('radio')[0]!.focus();
    await user.keyboard('2');
    expect(stored('a-quick').quickAnswers[PARTICIPANT]).toEqual({ 'service-culture': 2 });
    expect(within(group).getByRole('radio', { name: /Level 2/ })).toHaveFocus();
    await user.keyboard('0');
    expect(stored('a-quick').quickAnswers[PARTICIPANT]).toEqual({});
    expect(within(group).getByRole('radio', { name: "Don't know yet" })).toBeChecked();
    expect(within(group).getByRole('radio', { name: "Don't know yet" })).toHaveFocus();
  });

  it('speaks Dutch', async () => {
    addTestAssessment('quick');
    await renderWithI18n(<AssessPage id="a-quick" step="vision-mission-strategy" />, 'nl');
    const group = quickGroup();
    expect(
      within(group).getByRole('radio', { name: 'Niveau 2: In ontwikkeling' }),
    ).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Weet ik nog niet' })).toBeInTheDocument();
    expect(screen.getByText('0 van 9 beantwoord')).toBeInTheDocument();
  });
});

describe('notes, strengths and points to improve', () => {
  it('stores what is typed, emoji and non-Latin letters included', async () => {
    const user = userEvent.setup();
    addTestAssessment('full');
    await renderWithI18n(<AssessPage id="a-full" step="customer-understanding" />);
    const notes = screen.getByRole('textbox', { name: 'Notes and evidence' });
    expect(notes).toHaveAttribute('maxLength', '20000');
    expect(notes).toHaveAccessibleDescription(/documents or figures/);
    const text = 'Klantpanel 👍🏽 Łódź İstanbul Ωmega Жук';
    await user.type(notes, text);
    expect(stored('a-full').elements['customer-understanding'].notes).toBe(text);
    expect(notes).toHaveValue(text);

    await user.type(screen.getByRole('textbox', { name: 'Strengths' }), 'Journey maps 🗺️');
    await user.type(screen.getByRole('textbox', { name: 'Points to improve' }), 'Ask customers');
    expect(stored('a-full').elements['customer-understanding']).toMatchObject({
      notes: text,
      strengths: 'Journey maps 🗺️',
      improvements: 'Ask customers',
    });
    // Another element is untouched.
    expect(stored('a-full').elements.monitoring.notes).toBe('');
  });

  it('shows the saved text of the element when the page opens', async () => {
    const a = addTestAssessment('full');
    const withNotes = withElementInput(a, 'monitoring', { notes: 'Dashboard reviewed monthly' });
    addTestAssessment('full', { elements: withNotes.elements });
    await renderWithI18n(<AssessPage id="a-full" step="monitoring" />);
    expect(screen.getByRole('textbox', { name: 'Notes and evidence' })).toHaveValue(
      'Dashboard reviewed monthly',
    );
  });
});

describe('read-only demo', () => {
  it('shows the answers, disables every input and says why, with a link to the results', async () => {
    const base = addTestAssessment('full', {}, 'demo-en');
    const answered = withElementInput(
      withAnswer(base, PARTICIPANT, 'vms-1', 3),
      'vision-mission-strategy',
      {
        notes: 'Demo note',
      },
    );
    addTestAssessment('full', { ...answered, readOnly: true }, 'demo-en');
    const user = userEvent.setup();
    await renderWithI18n(<AssessPage id="demo-en" step="vision-mission-strategy" />);

    expect(screen.getByText(/read-only/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "See the demo's results" })).toHaveAttribute(
      'href',
      '#/a/demo-en/results',
    );
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(35);
    for (const radio of radios) expect(radio).toBeDisabled();
    for (const box of screen.getAllByRole('textbox')) expect(box).toBeDisabled();
    expect(screen.getAllByRole('radio', { name: '3 Systematic' })[0]).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Notes and evidence' })).toHaveValue('Demo note');

    await user.click(screen.getAllByRole('radio', { name: '5 Excellent' })[1]!);
    expect(stored('demo-en').answers[PARTICIPANT]).toEqual({ 'vms-1': 3 });
    // Visiting does not change the demo either.
    expect('lastStep' in stored('demo-en')).toBe(false);
  });

  it('offers no conversion on a read-only quick check', async () => {
    addTestAssessment('quick', { readOnly: true });
    await renderWithI18n(<AssessPage id="a-quick" step="monitoring" />);
    expect(screen.queryByRole('button', { name: 'Turn into a full assessment' })).toBeNull();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});

describe('quick check to full assessment', () => {
  it('explains, converts, keeps notes and quick levels, and goes to the first element', async () => {
    const user = userEvent.setup();
    const base = addTestAssessment('quick');
    const prepared = withQuickAnswer(
      withElementInput(base, 'monitoring', { notes: 'Keep me', target: 5 }),
      PARTICIPANT,
      'monitoring',
      2,
    );
    addTestAssessment('quick', prepared);
    await renderWithI18n(<AssessPage id="a-quick" step="monitoring" />);

    await user.click(screen.getByRole('button', { name: 'Turn into a full assessment' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      'All statements become available. Your notes, targets, importance and actions stay. Each element keeps its quick-check level as its score until you have answered at least half of its statements.',
    );
    // Cancelling changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(stored('a-quick').kind).toBe('quick');

    await user.click(screen.getByRole('button', { name: 'Turn into a full assessment' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Turn into a full assessment',
      }),
    );
    const after = stored('a-quick');
    expect(after.kind).toBe('full');
    expect(after.elements.monitoring).toMatchObject({ notes: 'Keep me', target: 5 });
    expect(after.quickAnswers[PARTICIPANT]).toEqual({ monitoring: 2 });
    await waitFor(() => expect(window.location.hash).toBe('#/a/a-quick/vision-mission-strategy'));
    // The page now shows statements.
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')).toHaveLength(5);
    // Focus does not fall back to the page's start: it goes to the heading.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
