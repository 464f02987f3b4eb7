import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { OpenFiles } from '../../../src/features/library/OpenFiles';
import { serializeBackup } from '../../../src/model/backup';
import { newAssessment, withAnswer } from '../../../src/model/edits';
import { serializeAssessment } from '../../../src/model/restore';
import type { Assessment } from '../../../src/model/schema';
import { addAssessment, flushSaves, useAssessments } from '../../../src/state/assessments';
import { resetStore, testI18n } from '../../support/store';

function sample(id: string, title: string): Assessment {
  return newAssessment({
    id,
    kind: 'full',
    meta: {
      title,
      titleIsDefault: false,
      organisation: 'Woonstad',
      scope: '',
      assessor: '',
      date: '2026-11-25',
      language: 'nl',
      customerWord: 'customer',
    },
    participantId: 'p1',
    now: '2026-11-25T10:00:00.000Z',
  });
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function renderIt(lng: 'nl' | 'en') {
  render(
    <I18nextProvider i18n={await testI18n(lng)}>
      <OpenFiles />
    </I18nextProvider>,
  );
}

const titles = () =>
  Object.values(useAssessments.getState().byId)
    .map((a) => a.meta.title)
    .sort();

beforeEach(async () => {
  await resetStore();
  await deleteDB('se-radar');
  useAssessments.setState({ unreadable: [] });
  window.location.hash = '#/';
});

describe('opening files', () => {
  it('opens three at once; a taken id asks, and "keep both" adds a copy beside it', async () => {
    const user = userEvent.setup();
    const stored = sample('a-1', 'Jaarmeting');
    addAssessment(stored);
    await flushSaves();
    await renderIt('nl');
    const changed = withAnswer(stored, 'p1', 'mo-1', 4);
    await user.upload(screen.getByLabelText('Bestanden openen…'), [
      file('nieuw.json', serializeAssessment(sample('a-2', 'Nulmeting'))),
      file('zelfde.json', serializeAssessment(stored)),
      file('gewijzigd.json', serializeAssessment(changed)),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Deze beoordeling staat er al' });
    await user.click(within(dialog).getByRole('button', { name: 'Beide bewaren' }));
    const report = await screen.findByRole('heading', {
      name: 'Geopend: 2 toegevoegd, 0 geweigerd',
    });
    const box = report.parentElement;
    if (!box) throw new Error('no report');
    expect(within(box).getByText('nieuw.json')).toBeInTheDocument();
    expect(within(box).getByRole('link', { name: 'Nulmeting' })).toBeInTheDocument();
    expect(
      within(box).getByText('‘Jaarmeting’ staat er al, ongewijzigd; er is niets toegevoegd.'),
    ).toBeInTheDocument();
    expect(within(box).getByRole('link', { name: 'Jaarmeting (kopie)' })).toBeInTheDocument();
    expect(titles()).toEqual(['Jaarmeting', 'Jaarmeting (kopie)', 'Nulmeting']);
    // The stored one is untouched; the copy holds the opened answers.
    expect(useAssessments.getState().byId['a-1']).toEqual(stored);
    const copy = Object.values(useAssessments.getState().byId).find(
      (a) => a.meta.title === 'Jaarmeting (kopie)',
    );
    expect(copy?.answers.p1?.['mo-1']).toBe(4);
  });

  it('replaces only when asked to, and cancel leaves the stored one as it was', async () => {
    const user = userEvent.setup();
    const stored = sample('a-1', 'Jaarmeting');
    addAssessment(stored);
    await flushSaves();
    await renderIt('en');
    const changed = withAnswer(stored, 'p1', 'mo-1', 2);
    await user.upload(screen.getByLabelText('Open files…'), [
      file('changed.json', serializeAssessment(changed)),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText('“Jaarmeting” was not opened: you chose to cancel.'),
    ).toBeInTheDocument();
    expect(useAssessments.getState().byId['a-1']).toEqual(stored);
    await user.upload(screen.getByLabelText('Open files…'), [
      file('changed.json', serializeAssessment(changed)),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Replace the one stored' }));
    expect(await screen.findByText(/replaced the version that was stored/)).toBeInTheDocument();
    expect(useAssessments.getState().byId['a-1']?.answers.p1?.['mo-1']).toBe(2);
  });

  it('names each bad backup entry and its problem, an empty backup, and fields left out', async () => {
    const user = userEvent.setup();
    await renderIt('en');
    const backup = JSON.parse(
      serializeBackup([sample('a-1', 'Good one'), sample('a-2', 'Bad date')]),
    ) as { assessments: { data: Record<string, unknown> }[] };
    (backup.assessments[1]!.data.meta as { date: string }).date = '2026-02-30';
    (backup.assessments[0]!.data as Record<string, unknown>).colour = 'blue';
    backup.assessments.push({ data: 'nothing' } as never);
    await user.upload(screen.getByLabelText('Open files…'), [
      file('backup.json', JSON.stringify(backup)),
      file('empty.json', serializeBackup([])),
      file('broken.json', '{"app": "se-'),
    ]);
    const report = await screen.findByRole('heading', { name: 'Opened: 1 added, 4 refused' });
    const box = report.parentElement;
    if (!box) throw new Error('no report');
    expect(
      within(box).getByText('One field SE Radar does not know was left out: colour.'),
    ).toBeInTheDocument();
    expect(
      within(box).getByText('“Bad date” was not opened: This is not a valid date. (at Date)'),
    ).toBeInTheDocument();
    expect(
      within(box).getByText(
        'Entry 3 of the backup was not opened: This is not an SE Radar assessment.',
      ),
    ).toBeInTheDocument();
    expect(
      within(box).getByText('The file was not opened: This backup holds no assessments.'),
    ).toBeInTheDocument();
    expect(
      within(box).getByText(
        'The file was not opened: This file cannot be read: it is not valid JSON. It may be damaged or incomplete.',
      ),
    ).toBeInTheDocument();
    expect(titles()).toEqual(['Good one']);
  });

  it('refuses two actions with one id, naming them by position and description', async () => {
    const user = userEvent.setup();
    await renderIt('en');
    const a = sample('a-1', 'Plan');
    const data = JSON.parse(serializeAssessment(a)) as { data: Record<string, unknown> };
    const action = (description: string) => ({
      id: 'x1',
      elementId: null,
      description,
      owner: '',
      due: null,
      status: 'open',
      priority: 'medium',
      stepRef: null,
    });
    data.data.actions = [action('Train the front line'), action('Measure first-time fixes')];
    await user.upload(screen.getByLabelText('Open files…'), [
      file('plan.json', JSON.stringify(data)),
    ]);
    expect(
      await screen.findByText(
        '“Plan” was not opened: Actions 1 (“Train the front line”) and 2 (“Measure first-time fixes”) have the same id, so editing or deleting one would hit the other.',
      ),
    ).toBeInTheDocument();
    expect(titles()).toEqual([]);
  });
});
