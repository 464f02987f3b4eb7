import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as StorageModule from '../../../src/state/storage';
import { FIXTURE_ID, handAssessment } from './fixture';
import { renderResults, stored } from './support';
import { resetStore } from '../../support/store';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(resetStore);

// From fixture.ts, by hand: overall 3.1 over 8 of 9 (index 53); strengths sc 4.6, mo 4.2,
// ps 4.0; priorities cu 15.0 (2.0, target 5), lc 7.5 (1.5), si 6.9 (1.7).
const OPENING =
  'De organisatie scoort gemiddeld 3,1 op een schaal van 1 tot 5, over de 8 van de 9 elementen met een score. Dat is het niveau Systematisch (index 53 van 100). De sterkste elementen zijn Servicecultuur (4,6), Meten en bijsturen (4,2) en Processen en structuur (4,0). De grootste prioriteiten zijn Klantinzicht (score 2,0, doel 5), Betrokken leiderschap (score 1,5, doel 4) en Service-innovatie (score 1,7, doel 4): daar is de afstand tot het doel, gewogen naar belang, het grootst.';

describe('the executive summary on the results page', () => {
  it('English screen, Dutch report: shows the summary in Dutch, lets the consultant rewrite and reset it', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'en');
    const region = await screen.findByRole('region', { name: 'Executive summary' });
    const opening = await within(region).findByText(OPENING);
    expect(opening.closest('[lang]')).toHaveAttribute('lang', 'nl');

    await user.click(within(region).getByRole('button', { name: 'Write your own summary' }));
    const box = within(region).getByRole('textbox', { name: 'Executive summary (Nederlands)' });
    expect((box as HTMLTextAreaElement).value.startsWith(OPENING)).toBe(true);
    expect(box).toHaveFocus();
    await user.type(box, ' Łódzkie ≥ 85 % ✓');
    expect(stored(FIXTURE_ID).summaryText).toMatch(/het grootst\.\n\n.*Łódzkie ≥ 85 % ✓$/s);

    await user.click(within(region).getByRole('button', { name: 'Use the generated text' }));
    const dialog = screen.getByRole('dialog', { name: 'Go back to the generated summary?' });
    await user.click(within(dialog).getByRole('button', { name: 'Use the generated text' }));
    expect(stored(FIXTURE_ID).summaryText).toBe('');
    expect(within(region).getByText(OPENING)).toBeInTheDocument();
    expect(within(region).queryByRole('textbox')).toBeNull();
  });

  it('shows the consultant’s own text when one is saved, as it was typed', async () => {
    await renderResults(handAssessment('nl', { summaryText: 'Eigen tekst.' }), 'nl');
    const region = await screen.findByRole('region', { name: 'Samenvatting' });
    expect(within(region).getByRole('textbox')).toHaveValue('Eigen tekst.');
  });
});
