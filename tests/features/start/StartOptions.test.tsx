import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { StartOptions } from '../../../src/features/start/StartOptions';
import { createTestI18n } from '../../support/i18n';

async function renderIn(lng: 'nl' | 'en') {
  const i18n = await createTestI18n(lng);
  render(
    <I18nextProvider i18n={i18n}>
      <StartOptions />
    </I18nextProvider>,
  );
}

/*
 * The estimates, worked out by hand from the edited content (counted with `jq … | wc -w` per
 * question with its five descriptors, see tests/i18n/content.test.ts):
 *   quick check nl 956 words / 200 a minute = 4.78 -> 5 minutes; en 958 / 200 = 4.79 -> 5.
 *   full assessment: 51 statements x 30 s = 1,530 s = 25.5 min -> 26 minutes.
 */
describe('the start page time estimates', () => {
  it('nl: about 5 minutes for the quick check, 26 for the 51 statements', async () => {
    await renderIn('nl');
    expect(screen.getByText(/Ongeveer 5 minuten lezen en kiezen\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        /^51 stellingen over de negen elementen.*Ongeveer 26 minuten voor de stellingen/,
      ),
    ).toBeInTheDocument();
  });

  it('en: about 5 minutes for the quick check, 26 for the 51 statements', async () => {
    await renderIn('en');
    expect(screen.getByText(/About 5 minutes to read and choose\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        /^51 statements across the nine elements.*About 26 minutes for the statements/,
      ),
    ).toBeInTheDocument();
  });
});
