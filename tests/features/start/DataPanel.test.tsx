import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageBar } from '../../../src/components/StorageBar';
import { DataPrivacy } from '../../../src/features/start/DataPrivacy';
import { newAssessment } from '../../../src/model/edits';
import { useAssessments } from '../../../src/state/assessments';
import { useLastBackup } from '../../../src/state/last-backup';
import { usePersistence } from '../../../src/state/persistence';
import { resetStore, testI18n } from '../../support/store';

const a = newAssessment({
  id: 'a-1',
  kind: 'full',
  meta: {
    title: 'Jaarmeting',
    titleIsDefault: false,
    organisation: 'Woonstad',
    scope: '',
    assessor: '',
    date: '2026-11-25',
    language: 'nl',
    customerWord: 'customer',
  },
  participantId: 'p1',
  now: '2026-10-01T10:00:00.000Z',
});

async function renderIt(node: React.ReactNode, lng: 'nl' | 'en') {
  render(<I18nextProvider i18n={await testI18n(lng)}>{node}</I18nextProvider>);
}

beforeEach(async () => {
  await resetStore();
  vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00.000Z'), toFake: ['Date'] });
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: async () => false, persist: async () => false },
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the data panel', () => {
  it('says storage is not persistent and reminds when no backup was saved for 30 days', async () => {
    useAssessments.setState({ byId: { 'a-1': a } });
    useLastBackup.setState({ at: null });
    await renderIt(<DataPrivacy />, 'nl');
    expect(
      await screen.findByText(
        /Deze browser heeft niet beloofd de gegevens van SE Radar te bewaren/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Er is uit deze browser nog geen back-upbestand opgeslagen.'),
    ).toBeInTheDocument();
    // Created 1 October, no backup since: 61 days.
    expect(screen.getByText(/Je laatste back-upbestand is meer dan 30 dagen oud/)).toBeVisible();
  });

  it('shows the date of the last backup and no reminder after a recent one', async () => {
    useAssessments.setState({ byId: { 'a-1': a } });
    usePersistence.setState({ persisted: true });
    await renderIt(<DataPrivacy />, 'en');
    act(() => useLastBackup.setState({ at: '2026-11-28T09:00:00.000Z' }));
    expect(
      await screen.findByText('Last backup file saved from this browser: 28 November 2026.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/more than 30 days old/)).toBeNull();
  });
});

describe('the storage bar', () => {
  it('stays while a write fails, offers Save to file, and goes when it is resolved', async () => {
    const user = userEvent.setup();
    useAssessments.setState({ byId: { 'a-1': a }, problem: { key: 'storage.quotaExceeded' } });
    window.location.hash = '#/a/a-1';
    await renderIt(<StorageBar />, 'en');
    const bar = screen.getByRole('alert');
    expect(bar).toHaveTextContent('This browser has run out of storage space for SE Radar');
    expect(screen.getByRole('button', { name: 'Save to file' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to file' }));
    expect(useLastBackup.getState().at).toBe('2026-12-01T12:00:00.000Z');
    // A later write went through (flushPending clears the problem): the bar goes.
    act(() => useAssessments.setState({ problem: null, saveState: 'saved' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
