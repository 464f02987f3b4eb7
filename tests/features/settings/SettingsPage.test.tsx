import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import { restoreBranding } from '../../../src/model/restore';
import { useBranding } from '../../../src/state/branding';
import { readSetting, writeSetting } from '../../../src/state/storage';
import { createTestI18n } from '../../support/i18n';

vi.mock('../../../src/state/storage', () => ({
  readSetting: vi.fn(() => Promise.resolve(undefined)),
  writeSetting: vi.fn(() => Promise.resolve()),
}));

async function renderPage(ui: ReactElement, lng: 'en' | 'nl' = 'en') {
  const i18n = await createTestI18n(lng);
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  await waitFor(() => expect(useBranding.getState().status).toBe('ready'));
  return result;
}

describe('the branding page', () => {
  beforeEach(() => {
    useBranding.setState({ status: 'idle', branding: null, unreadable: false });
    vi.mocked(writeSetting).mockClear();
    vi.mocked(readSetting).mockResolvedValue(undefined);
  });
  afterEach(() => {
    vi.mocked(readSetting).mockReset();
  });

  it('refuses a file that is not an image, with a clear message', async () => {
    await renderPage(<SettingsPage />);
    const input = screen.getByLabelText('Logo (optional)');
    const fake = new File(['MZ not an image'], 'logo.png', { type: 'image/png' });
    await userEvent.upload(input, fake);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file is not a PNG, JPEG or SVG image.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('No logo: the cover shows your texts only.')).toBeInTheDocument();
  });

  it('says when a colour is too light and offers the nearest darker one', async () => {
    const user = userEvent.setup();
    await renderPage(<SettingsPage />);
    const hex = screen.getByLabelText('Accent colour as hex code');
    await user.clear(hex);
    await user.type(hex, '#ffcc00');
    expect(
      await screen.findByText(
        /This colour is too light for text on white: its contrast is 1\.\d:1/,
      ),
    ).toBeInTheDocument();
    const offer = screen.getByRole('button', {
      name: /^Use #[0-9a-f]{6} instead \(contrast 4\.\d:1\)$/,
    });
    await user.click(offer);
    await waitFor(() => expect(hex).not.toHaveValue('#ffcc00'));
    expect(screen.queryByText(/too light/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Contrast against white: 4\.\d:1\.$/)).toBeInTheDocument();
    // The picker follows the text field.
    expect(screen.getAllByLabelText('Accent colour')[0]).toHaveValue(
      (hex as HTMLInputElement).value,
    );
  });

  it('refuses to save a colour without enough contrast', async () => {
    const user = userEvent.setup();
    await renderPage(<SettingsPage />);
    const hex = screen.getByLabelText('Accent colour as hex code');
    await user.clear(hex);
    await user.type(hex, '#cccccc');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    await screen.findByText(/too light for text on white/);
    expect(writeSetting).not.toHaveBeenCalled();
  });

  it('saves the profile apart from the assessments, readable by restoreBranding', async () => {
    const user = userEvent.setup();
    await renderPage(<SettingsPage />, 'nl');
    await user.type(
      screen.getByLabelText('Naam van adviseur of beoordelaar (optioneel)'),
      'Łucja Жукова',
    );
    await user.type(screen.getByLabelText('Bedrijf (optioneel)'), 'Radar Advies');
    await user.click(screen.getByRole('button', { name: 'Huisstijl opslaan' }));
    await screen.findByText('De huisstijl is opgeslagen. Nieuwe PDF-rapporten gebruiken hem.');
    expect(writeSetting).toHaveBeenCalledTimes(1);
    const [key, text] = vi.mocked(writeSetting).mock.calls[0]!;
    expect(key).toBe('branding');
    const restored = restoreBranding(text);
    expect(restored.ok && restored.value).toMatchObject({
      consultantName: 'Łucja Жукова',
      company: 'Radar Advies',
      logo: null,
      accentColor: '#1d4e89',
    });
  });

  it('loads a saved profile into the form', async () => {
    vi.mocked(readSetting).mockResolvedValue(
      JSON.stringify({
        app: 'se-radar',
        kind: 'branding',
        data: {
          schemaVersion: 1,
          consultantName: 'Sanne de Boer',
          company: 'Boer Advies',
          logo: null,
          accentColor: '#7a1f5c',
        },
      }),
    );
    await renderPage(<SettingsPage />);
    await waitFor(() =>
      expect(screen.getByLabelText('Consultant or assessor name (optional)')).toHaveValue(
        'Sanne de Boer',
      ),
    );
    expect(screen.getByLabelText('Accent colour as hex code')).toHaveValue('#7a1f5c');
  });
});
