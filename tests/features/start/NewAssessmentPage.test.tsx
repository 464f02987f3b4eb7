import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NewAssessmentPage } from '../../../src/features/start/NewAssessmentPage';
import { useAssessments } from '../../../src/state/assessments';
import { createTestI18n } from '../../support/i18n';

vi.mock('../../../src/state/storage', () => ({
  readAllAssessments: vi.fn(async () => []),
  writeAssessment: vi.fn(async () => undefined),
  deleteAssessment: vi.fn(async () => undefined),
  clearEverything: vi.fn(async () => undefined),
  readSetting: vi.fn(async () => undefined),
  writeSetting: vi.fn(async () => undefined),
  isQuotaError: () => false,
}));

async function renderForm(lng: 'nl' | 'en') {
  const i18n = await createTestI18n(lng);
  render(
    <I18nextProvider i18n={i18n}>
      <NewAssessmentPage kind="full" />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  useAssessments.setState({
    status: 'ready',
    byId: {},
    unreadable: [],
    saveState: 'idle',
    problem: null,
  });
  window.location.hash = '#/new/full';
});

describe('new assessment form', () => {
  it('refuses a 10,000-character title with a message in Dutch and creates nothing', async () => {
    const user = userEvent.setup();
    await renderForm('nl');
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    // Pasting, not typing: 10,000 key presses would only test the keyboard simulation.
    await user.click(title);
    await user.paste('🙂Ж'.repeat(3_334));
    await user.type(screen.getByLabelText('Organisatie'), 'Zoë & Łukasz B.V.');
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    expect(await screen.findByText('Deze tekst is te lang.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(Object.keys(useAssessments.getState().byId)).toEqual([]);
  });

  it('keeps names in any script exactly as typed, with today and the UI language as defaults', async () => {
    const user = userEvent.setup();
    await renderForm('en');
    expect(screen.getByLabelText('Report language')).toHaveValue('en');
    await user.type(screen.getByLabelText('Organisation'), 'Ωmega Жук İstanbul 👋');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const [created] = Object.values(useAssessments.getState().byId);
    expect(created?.meta.organisation).toBe('Ωmega Жук İstanbul 👋');
    expect(created?.meta.language).toBe('en');
    expect(created?.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(window.location.hash).toBe(`#/a/${created?.id}`);
  });
});
