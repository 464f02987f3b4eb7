import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionFormSchema } from '../../../src/features/results/action-form-schema';
import type * as StorageModule from '../../../src/state/storage';
import { FIXTURE_ID, handAssessment } from './fixture';
import { renderResults, stored } from './support';
import { resetStore } from '../../support/store';
import { table } from './table-helpers';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetStore();
});

const plan = () => screen.getByRole('region', { name: 'Action plan' });
const form = () => screen.getByRole('form', { name: /Add an action|Edit action/ });
const planRows = () =>
  within(table('The action plan'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].slice(0, 7).map((c) => c.textContent));

describe('action plan', () => {
  it('lists the actions from the report model, in the screen language', async () => {
    await renderResults(handAssessment('nl'), 'en');
    expect(planRows()).toEqual([
      [
        '1',
        'Measure repeat calls per month',
        'Monitoring service excellence activities and results',
        'Anna de Vries',
        '30 June 2026',
        'In progress',
        'High',
      ],
      ['2', '=HYPERLINK("http://evil.example","click")', 'General', '', '', 'Open', 'Low'],
    ]);
  });

  it('adds an action with every field', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { actions: [] }), 'en');
    expect(within(plan()).getByText('No actions yet.')).toBeInTheDocument();
    const f = form();
    await user.selectOptions(within(f).getByRole('combobox', { name: 'Element' }), 'monitoring');
    await user.type(within(f).getByRole('textbox', { name: /^Action/ }), 'Count repeat calls');
    await user.type(within(f).getByRole('textbox', { name: 'Owner (optional)' }), 'Bram');
    fireEvent.change(within(f).getByLabelText('Due date (optional)'), {
      target: { value: '2026-09-15' },
    });
    await user.selectOptions(within(f).getByRole('combobox', { name: 'Status' }), 'in-progress');
    await user.selectOptions(within(f).getByRole('combobox', { name: 'Priority' }), 'high');
    await user.click(within(f).getByRole('button', { name: 'Add action' }));

    const saved = stored(FIXTURE_ID).actions;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      elementId: 'monitoring',
      description: 'Count repeat calls',
      owner: 'Bram',
      due: '2026-09-15',
      status: 'in-progress',
      priority: 'high',
    });
    expect(saved[0]!.id).toMatch(/^act-/);
    expect(planRows()[0]).toEqual([
      '1',
      'Count repeat calls',
      'Monitoring service excellence activities and results',
      'Bram',
      '15 September 2026',
      'In progress',
      'High',
    ]);
    expect(screen.getByText('Action added to the plan.')).toBeInTheDocument();
    // The form is empty again, ready for the next one.
    expect(within(form()).getByRole('textbox', { name: /^Action/ })).toHaveValue('');
  });

  it('refuses an action without a description', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { actions: [] }), 'en');
    await user.type(within(form()).getByRole('textbox', { name: /^Action/ }), '   ');
    await user.click(within(form()).getByRole('button', { name: 'Add action' }));
    expect(await within(form()).findByText('Describe the action.')).toBeInTheDocument();
    expect(stored(FIXTURE_ID).actions).toHaveLength(0);
  });

  it('refuses an impossible due date with a clear message', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { actions: [] }), 'nl');
    const f = screen.getByRole('form', { name: 'Actie toevoegen' });
    await user.type(within(f).getByRole('textbox', { name: /^Actie/ }), 'Klantpanel starten');
    // A browser's date field keeps 30 February out of its value and reports badInput instead;
    // jsdom does the first but not the second, so the flag is set here as Chromium would.
    const due = within(f).getByLabelText('Deadline (optioneel)');
    Object.defineProperty(due, 'validity', { value: { badInput: true, valid: false } });
    await user.click(within(f).getByRole('button', { name: 'Actie toevoegen' }));
    expect(
      await within(f).findByText(/Deze datum bestaat niet\. Kies een datum in de kalender/),
    ).toBeInTheDocument();
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(stored(FIXTURE_ID).actions).toHaveLength(0);
  });

  it('checks the date in the schema too (a browser without a date picker sends text)', () => {
    const values = {
      elementId: 'general',
      description: 'x',
      owner: '',
      status: 'open',
      priority: 'low',
    } as const;
    const bad = actionFormSchema.safeParse({ ...values, due: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('results.actionForm.errors.invalidDate');
    expect(actionFormSchema.safeParse({ ...values, due: '2028-02-29' }).success).toBe(true);
    expect(actionFormSchema.safeParse({ ...values, due: '' }).success).toBe(true);
  });

  it('edits an action and puts focus back on its Edit button', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    await user.click(screen.getByRole('button', { name: 'Edit (action 1)' }));
    const f = screen.getByRole('form', { name: 'Edit action 1' });
    expect(within(f).getByRole('heading', { name: 'Edit action 1' })).toHaveFocus();
    const owner = within(f).getByRole('textbox', { name: 'Owner (optional)' });
    expect(owner).toHaveValue('Anna de Vries');
    expect(within(f).getByLabelText('Due date (optional)')).toHaveValue('2026-06-30');
    await user.clear(owner);
    await user.type(owner, 'Bram Smit');
    await user.selectOptions(within(f).getByRole('combobox', { name: 'Status' }), 'done');
    await user.click(within(f).getByRole('button', { name: 'Save changes' }));

    const [first, second] = stored(FIXTURE_ID).actions;
    expect(first).toMatchObject({ id: 'act-repeat', owner: 'Bram Smit', status: 'done' });
    expect(second!.id).toBe('act-formula');
    expect(planRows()[0]?.[3]).toBe('Bram Smit');
    expect(planRows()[0]?.[5]).toBe('Done');
    expect(screen.getByRole('button', { name: 'Edit (action 1)' })).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Add an action' })).toBeInTheDocument();
  });

  it('moves actions with the keyboard, keeping focus on the moved action', async () => {
    const user = userEvent.setup();
    const a = handAssessment('nl');
    a.actions.push({ ...a.actions[0]!, id: 'act-third', description: 'Third action' });
    await renderResults(a, 'en');
    const ids = () => stored(FIXTURE_ID).actions.map((x) => x.id);
    expect(screen.getByRole('button', { name: 'Move up (action 1)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down (action 3)' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move down (action 1)' }).focus();
    await user.keyboard('{Enter}');
    expect(ids()).toEqual(['act-formula', 'act-repeat', 'act-third']);
    // Still on "Move down" of the same action, now second.
    expect(screen.getByRole('button', { name: 'Move down (action 2)' })).toHaveFocus();
    expect(screen.getByText('Action moved to position 2.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(ids()).toEqual(['act-formula', 'act-third', 'act-repeat']);
    // At the bottom "Move down" is disabled: focus goes to "Move up" of the same action.
    expect(screen.getByRole('button', { name: 'Move up (action 3)' })).toHaveFocus();

    await user.keyboard(' ');
    expect(ids()).toEqual(['act-formula', 'act-repeat', 'act-third']);
    expect(planRows().map((r) => r[1])).toEqual([
      '=HYPERLINK("http://evil.example","click")',
      'Measure repeat calls per month',
      'Third action',
    ]);
  });

  it('deletes an action only after confirmation', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    await user.click(screen.getByRole('button', { name: 'Delete (action 1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this action?' });
    expect(dialog).toHaveTextContent('“Measure repeat calls per month” will be removed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(stored(FIXTURE_ID).actions).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete (action 1)' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete this action?' })).getByRole('button', {
        name: 'Delete action',
      }),
    );
    expect(stored(FIXTURE_ID).actions.map((x) => x.id)).toEqual(['act-formula']);
    expect(planRows()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Action plan' })).toHaveFocus();
    expect(screen.getByText('Action deleted.')).toBeInTheDocument();
  });

  it('turns a suggested next step into a pre-filled action', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { actions: [] }), 'en');
    const card = screen
      .getByRole('heading', { name: '1. Understanding customer needs, expectations and desires' })
      .closest('li')!;
    const [firstAdd] = within(card).getAllByRole('button', { name: 'Add as action' });
    const stepText = document.getElementById(
      firstAdd!.getAttribute('aria-describedby')!,
    )!.textContent!;
    expect(firstAdd).toHaveAccessibleDescription(stepText);
    await user.click(firstAdd!);

    const f = form();
    expect(within(f).getByRole('heading', { name: 'Add an action' })).toHaveFocus();
    expect(within(f).getByText(/Filled in from a suggested next step/)).toBeInTheDocument();
    expect(within(f).getByRole('combobox', { name: 'Element' })).toHaveValue(
      'customer-understanding',
    );
    expect(within(f).getByRole('textbox', { name: /^Action/ })).toHaveValue(stepText);
    // Let the step's text in the other language load before saving.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await user.click(within(f).getByRole('button', { name: 'Add action' }));
    expect(stored(FIXTURE_ID).actions[0]).toMatchObject({
      elementId: 'customer-understanding',
      description: stepText,
      status: 'open',
      priority: 'medium',
      due: null,
      // The step's permanent id, and its text in both languages (framework.json, steps.2to3.s1).
      stepRef: {
        stepId: 'cu-2to3-s1',
        edition: 1,
        text: {
          en: stepText,
          nl: 'Kies jullie belangrijkste klantreis en breng die in kaart samen met vijf klanten en de betrokken medewerkers; markeer de momenten waarop de emoties hoog oplopen.',
        },
      },
    });
  });

  it('drops the step reference when the step text is rewritten before saving', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl', { actions: [] }), 'en');
    const card = screen
      .getByRole('heading', { name: '1. Understanding customer needs, expectations and desires' })
      .closest('li')!;
    await user.click(within(card).getAllByRole('button', { name: 'Add as action' })[0]!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const f = form();
    const box = within(f).getByRole('textbox', { name: /^Action/ });
    await user.clear(box);
    await user.type(box, 'Map the repair journey with five tenants');
    await user.click(within(f).getByRole('button', { name: 'Add action' }));
    expect(stored(FIXTURE_ID).actions[0]).toMatchObject({
      description: 'Map the repair journey with five tenants',
      stepRef: null,
    });
  });

  it('shows the plan as cards on a phone', async () => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: false,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      })),
    );
    await renderResults(handAssessment('nl'), 'en');
    expect(screen.queryByRole('table', { name: 'The action plan' })).not.toBeInTheDocument();
    const cards = within(plan())
      .getAllByRole('listitem')
      .filter((li) => li.matches('.action-card'));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('1. Measure repeat calls per month');
    expect(within(cards[0]!).getByText('30 June 2026')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('button', { name: 'Move down (action 2)' })).toBeDisabled();
    await act(async () => {
      within(cards[0]!).getByRole('button', { name: 'Move down (action 1)' }).click();
    });
    expect(stored(FIXTURE_ID).actions[0]!.id).toBe('act-formula');
  });
});
