import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewWorkshopPage } from '../../../src/features/workshop/NewWorkshopPage';
import { WorkshopPage } from '../../../src/features/workshop/WorkshopPage';
import {
  flushSaves,
  loadAssessments,
  openAssessment,
  useAssessments,
} from '../../../src/state/assessments';
import { resetStore } from '../../support/store';
import { renderWithI18n } from '../assess/support';
import { addTestWorkshop, storedWorkshop, WORKSHOP } from './support';

afterEach(async () => {
  await resetStore();
});

describe('setting up a workshop', () => {
  beforeEach(() => {
    window.location.hash = '#/new/workshop';
  });

  it('suggests codes from the group, keeps the groups editable and creates the workshop', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<NewWorkshopPage />);
    await user.type(screen.getByLabelText('Organisation'), 'Acme');
    // The one details form: the scope and the facilitator are asked here as for any assessment.
    await user.type(screen.getByLabelText('Scope (optional)'), 'Service desk');
    await user.type(screen.getByLabelText('Facilitator (optional)'), 'Els');
    await user.click(screen.getByLabelText(/Full questionnaire/));
    await user.click(screen.getByLabelText(/Anonymous: codes only/));

    const add = screen.getByRole('group', { name: 'Add a participant' });
    const code = within(add).getByLabelText('Code');
    // Management is the first group: its codes start with M.
    expect(code).toHaveValue('M1');
    await user.click(within(add).getByRole('button', { name: 'Add participant' }));
    expect(code).toHaveValue('M2');
    await user.click(within(add).getByRole('button', { name: 'Add participant' }));
    await user.selectOptions(within(add).getByLabelText('Group'), 'Customer-facing staff');
    expect(code).toHaveValue('C1');
    await user.click(within(add).getByRole('button', { name: 'Add participant' }));

    // A code already given is refused by name.
    await user.clear(code);
    await user.type(code, 'm1');
    await user.click(within(add).getByRole('button', { name: 'Add participant' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Another participant already has this code.',
    );

    const groups = screen.getByRole('group', { name: 'Groups' });
    // Management has members: it cannot be removed; Employees has none and can.
    expect(
      within(groups).getByRole('button', { name: 'Remove the group Management' }),
    ).toBeDisabled();
    await user.click(within(groups).getByRole('button', { name: 'Remove the group Employees' }));
    expect(within(groups).queryByLabelText('Name of the group Employees')).toBeNull();
    await user.type(within(groups).getByLabelText('New group'), 'Support');
    await user.click(within(groups).getByRole('button', { name: 'Add group' }));
    expect(within(groups).getByLabelText('Name of the group Support')).toHaveValue('Support');

    await user.click(screen.getByRole('button', { name: 'Create the workshop' }));
    const created = Object.values(useAssessments.getState().byId);
    expect(created).toHaveLength(1);
    const w = created[0]!;
    expect(w.mode).toBe('workshop');
    expect(w.kind).toBe('full');
    expect(w.anonymity).toBe('anonymous');
    expect(w.meta).toMatchObject({
      organisation: 'Acme',
      scope: 'Service desk',
      assessor: 'Els',
      title: `Workshop ${new Date().getFullYear()}`,
      titleIsDefault: true,
    });
    expect(w.participants.map((p) => [p.code, p.groupId, p.name])).toEqual([
      ['M1', 'management', ''],
      ['M2', 'management', ''],
      ['C1', 'customer-facing', ''],
    ]);
    expect(w.groups.map((g) => g.name || g.preset)).toEqual([
      'management',
      'customer-facing',
      'Support',
    ]);
    // 16 random bytes in base64url: 22 characters.
    expect(w.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(window.location.hash).toBe(`#/workshop/${w.id}`);
  });

  it('refuses a workshop without participants, in Dutch', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<NewWorkshopPage />, 'nl');
    await user.type(screen.getByLabelText('Organisatie'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Maak de workshop aan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Voeg minstens één deelnemer toe.');
    expect(Object.keys(useAssessments.getState().byId)).toEqual([]);
  });
});

it('quotes the worked-out times: quick 956 words / 200 = 4.78 -> 5, full 51 x 30 s -> 26', async () => {
  await renderWithI18n(<NewWorkshopPage />, 'nl');
  expect(
    screen.getByLabelText('Quickscan: één vraag per element (ongeveer 5 minuten)'),
  ).toBeInTheDocument();
  expect(
    screen.getByLabelText('Volledige vragenlijst: alle stellingen (ongeveer 26 minuten)'),
  ).toBeInTheDocument();
});

describe('the roster', () => {
  it('shows who answered, who is missing, and adds a participant late', async () => {
    const user = userEvent.setup();
    addTestWorkshop({
      quickAnswers: { 'p-anna': { 'leadership-commitment': 3, 'service-culture': 4 } },
    });
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section={null} />);
    expect(screen.getByText('1 of 3 answered')).toBeInTheDocument();
    expect(screen.getByText('Not answered yet: M2 (Bram), E1 (Cas).')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const anna = within(table).getByRole('row', { name: /M1/ });
    // A quick check counts elements: 2 of the 9 have a level.
    expect(anna).toHaveTextContent('2 of 9 answered');
    // Anna has answered: she cannot be removed, the others can.
    expect(within(anna).queryByRole('button', { name: 'Remove participant M1' })).toBeNull();
    expect(within(anna).getByRole('link', { name: 'Hand over to M1' })).toHaveAttribute(
      'href',
      `#/workshop/${WORKSHOP}/hand/p-anna`,
    );

    const add = screen.getByRole('group', { name: 'Add a participant' });
    await user.type(within(add).getByLabelText('Name'), 'Dirk');
    expect(within(add).getByLabelText('Code')).toHaveValue('M3');
    await user.click(within(add).getByRole('button', { name: 'Add participant' }));
    expect(storedWorkshop().participants.map((p) => p.code)).toEqual(['M1', 'M2', 'E1', 'M3']);
    expect(screen.getByText('1 of 4 answered')).toBeInTheDocument();
  });

  it('changes a code, a name and a group later, and names a taken code in either language', async () => {
    const user = userEvent.setup();
    addTestWorkshop({ quickAnswers: { 'p-cas': { 'service-culture': 2 } } });
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section={null} />);
    await user.click(screen.getByRole('button', { name: 'Edit participant E1' }));
    const edit = screen.getByRole('group', { name: 'Change participant E1' });
    const code = within(edit).getByLabelText('Code');
    expect(code).toHaveFocus();
    // M2 is Bram's: refused by name, nothing saved.
    await user.clear(code);
    await user.type(code, 'm2');
    expect(
      within(edit).getByText(/Invitations already sent still list the old code/),
    ).toBeVisible();
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(within(edit).getByRole('alert')).toHaveTextContent(
      'Another participant already has this code.',
    );
    expect(storedWorkshop().participants[2]).toMatchObject({ code: 'E1', groupId: 'employees' });

    await user.clear(code);
    await user.type(code, 'm3');
    await user.clear(within(edit).getByLabelText('Name'));
    await user.type(within(edit).getByLabelText('Name'), 'Cas B.');
    await user.selectOptions(within(edit).getByLabelText('Group'), 'Management');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(screen.queryByRole('group', { name: 'Change participant E1' })).toBeNull();
    expect(storedWorkshop().participants[2]).toEqual({
      id: 'p-cas',
      name: 'Cas B.',
      code: 'M3',
      groupId: 'management',
    });
    // His answer stays his under the new code.
    expect(storedWorkshop().quickAnswers['p-cas']).toEqual({ 'service-culture': 2 });
    const row = within(screen.getByRole('table')).getByRole('row', { name: /M3/ });
    expect(row).toHaveTextContent('Cas B.');
    expect(row).toHaveTextContent('Management');
    expect(within(row).getByRole('button', { name: 'Edit participant M3' })).toHaveFocus();
  });

  it('refuses a bad code in Dutch', async () => {
    const user = userEvent.setup();
    addTestWorkshop();
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section={null} />, 'nl');
    await user.click(screen.getByRole('button', { name: 'Deelnemer M1 wijzigen' }));
    const edit = screen.getByRole('group', { name: 'Deelnemer M1 wijzigen' });
    await user.clear(within(edit).getByLabelText('Code'));
    await user.type(within(edit).getByLabelText('Code'), 'M 1');
    await user.click(within(edit).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(within(edit).getByRole('alert')).toHaveTextContent(
      'Een code bestaat uit 1 tot 12 letters, cijfers of -.',
    );
    expect(storedWorkshop().participants[0]!.code).toBe('M1');
  });
});

describe('the names choice', () => {
  it('is saved with the workshop and still ticked after a reload', async () => {
    const user = userEvent.setup();
    addTestWorkshop({ quickAnswers: { 'p-anna': { 'leadership-commitment': 3 } } });
    await renderWithI18n(<WorkshopPage id={WORKSHOP} section="results" />);
    const box = screen.getByRole('checkbox', { name: /Show participants' names/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(storedWorkshop().reportNames).toBe(true);
    // A reload: the store is emptied and read back from the browser's database.
    await act(async () => {
      await flushSaves();
      useAssessments.setState({ byId: {} });
      await loadAssessments();
      // The start reads only summaries; the app's route then reads the workshop it shows whole.
      await openAssessment(WORKSHOP);
    });
    expect(storedWorkshop().reportNames).toBe(true);
    expect(screen.getByRole('checkbox', { name: /Show participants' names/ })).toBeChecked();
  });
});
