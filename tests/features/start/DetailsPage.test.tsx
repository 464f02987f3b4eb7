import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPage } from '../../../src/features/library/DetailsPage';
import { newAssessment } from '../../../src/model/edits';
import { useAssessments } from '../../../src/state/assessments';
import { resetStore, testI18n } from '../../support/store';

const a = newAssessment({
  id: 'a-1',
  kind: 'full',
  meta: {
    title: 'Self-assessment 2026',
    titleIsDefault: true,
    organisation: 'Woonstad',
    scope: '',
    assessor: '',
    date: '2026-11-25',
    language: 'en',
    customerWord: 'customer',
  },
  participantId: 'p1',
  now: '2026-11-25T10:00:00.000Z',
});

async function renderPage(lng: 'nl' | 'en') {
  render(
    <I18nextProvider i18n={await testI18n(lng)}>
      <DetailsPage id="a-1" />
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  await resetStore();
  useAssessments.setState({ byId: { 'a-1': a } });
  window.location.hash = '#/details/a-1';
});

describe('edit details', () => {
  it('opens with the stored details and saves a corrected organisation and a title of one’s own', async () => {
    const user = userEvent.setup();
    await renderPage('nl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gegevens wijzigen');
    expect(screen.getByLabelText('Organisatie')).toHaveValue('Woonstad');
    expect(screen.getByLabelText('Reikwijdte (optioneel)')).toHaveValue('');
    await user.clear(screen.getByLabelText('Organisatie'));
    await user.type(screen.getByLabelText('Organisatie'), 'Woonstad Rotterdam');
    await user.type(screen.getByLabelText('Reikwijdte (optioneel)'), 'Klantenservice');
    await user.selectOptions(screen.getByLabelText('Woord voor de klant'), 'huurder');
    await user.clear(screen.getByLabelText('Titel'));
    await user.type(screen.getByLabelText('Titel'), 'Jaarmeting');
    await user.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    expect(useAssessments.getState().byId['a-1']?.meta).toEqual({
      title: 'Jaarmeting',
      titleIsDefault: false,
      organisation: 'Woonstad Rotterdam',
      scope: 'Klantenservice',
      assessor: '',
      date: '2026-11-25',
      language: 'en',
      customerWord: 'tenant',
    });
    expect(window.location.hash).toBe('#/');
  });

  it('refuses an empty organisation, says why, and changes nothing', async () => {
    const user = userEvent.setup();
    await renderPage('en');
    await user.clear(screen.getByLabelText('Organisation'));
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(useAssessments.getState().byId['a-1']?.meta.organisation).toBe('Woonstad');
    expect(window.location.hash).toBe('#/details/a-1');
  });

  it('keeps the generated title when only the date changes', async () => {
    const user = userEvent.setup();
    await renderPage('en');
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(useAssessments.getState().byId['a-1']?.meta).toMatchObject({
      title: 'Self-assessment 2026',
      titleIsDefault: true,
      date: '2026-12-01',
    });
  });
});
