import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { readBackup } from '../../src/model/backup';
import { newAssessment } from '../../src/model/edits';
import { useAssessments } from '../../src/state/assessments';
import { createTestI18n } from '../support/i18n';

const downloads: { name: string; text: string }[] = [];
vi.mock('../../src/lib/download', () => ({
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

function Broken(): never {
  throw new Error('view exploded');
}

describe('ErrorBoundary', () => {
  it('shows what happened in the user language and exports every assessment', async () => {
    const a = newAssessment({
      id: 'kept',
      kind: 'quick',
      meta: {
        title: 'Kept',
        organisation: 'O',
        scope: '',
        assessor: '',
        date: '2026-11-25',
        language: 'nl',
        titleIsDefault: false,
        customerWord: 'customer',
      },
      participantId: 'p1',
      now: '2026-11-25T10:00:00.000Z',
    });
    useAssessments.setState({ status: 'ready', byId: { kept: a } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const i18n = await createTestI18n('nl');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis op deze pagina');
    expect(screen.getByText('view exploded')).toBeInTheDocument();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Al mijn gegevens downloaden' }));
    expect(downloads).toHaveLength(1);
    // The rescue file is a backup that "Open file" reads again.
    const back = readBackup(downloads[0]!.text);
    expect(back?.restored).toEqual([a]);
  });
});
