import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DetailsForm } from '../../src/components/DetailsForm';
import { newDetails } from '../../src/model/details';
import { createTestI18n } from '../support/i18n';

describe('required fields', () => {
  it('tells screen readers which details the form needs, in Dutch', async () => {
    const i18n = await createTestI18n('nl');
    render(
      <I18nextProvider i18n={i18n}>
        <DetailsForm
          start={newDetails({ defaultTitle: 'Zelfevaluatie', today: '2026-12-02', language: 'nl' })}
          submitLabel="Starten"
          cancelHref="#/"
          onSubmit={() => undefined}
        />
      </I18nextProvider>,
    );
    // Title, organisation and date may not be empty; the labels of the others say "(optioneel)".
    for (const label of ['Titel', 'Organisatie', 'Datum'])
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-required', 'true');
    for (const label of ['Reikwijdte (optioneel)', 'Beoordelaar (optioneel)'])
      expect(screen.getByLabelText(label)).not.toHaveAttribute('aria-required');
  });
});
