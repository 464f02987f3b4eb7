import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as StorageModule from '../../../src/state/storage';
import { act } from 'react';
import { PdfButton } from '../../../src/features/report/PdfButton';
import { withElementInput } from '../../../src/model/edits';
import { computeResults } from '../../../src/model/results';
import type { Assessment } from '../../../src/model/schema';
import { summaryBasis } from '../../../src/model/summary-basis';
import { updateAssessment } from '../../../src/state/assessments';
import { FIXTURE_ID, handAssessment } from './fixture';
import { renderResults, renderWith, stored } from './support';
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

/** The fixture with the consultant's own summary, written against its figures as they are. */
function ownSummary(lng: 'nl' | 'en'): Assessment {
  const a = handAssessment(lng, { summaryText: 'Own text.' });
  return { ...a, summaryBasis: summaryBasis(computeResults(a)) };
}

const STALE = {
  en: {
    region: 'Executive summary',
    // Monitoring's target goes from 4 to 5: its gap and priority change, its score does not.
    summary:
      'The figures have changed since this summary was written (Monitoring & improvement). Check that it still says what the report shows, then say so here.',
    fits: 'The text still fits',
    // mo-3 5 -> 1: mo 4 4 1 4 4 = 3.4 (was 4.2); the overall 3.1 drops by 0.8 / 8 = 0.1 to 3.0.
    download:
      'Your own executive summary was written before the figures changed (the overall score, Monitoring & improvement). Check it under “Executive summary” before you download the report.',
    language:
      'Your own executive summary belongs to the report in English. With Nederlands chosen, it is printed as it is.',
    other: 'nl',
  },
  nl: {
    region: 'Samenvatting',
    summary:
      'De cijfers zijn veranderd sinds deze samenvatting is geschreven (Meten en bijsturen). Kijk of de tekst nog zegt wat het rapport laat zien, en geef dat hier aan.',
    fits: 'De tekst klopt nog',
    download:
      'Je eigen samenvatting is geschreven voordat de cijfers veranderden (de totaalscore, Meten en bijsturen). Kijk hem na onder ‘Samenvatting’ voordat je het rapport downloadt.',
    language:
      'Je eigen samenvatting hoort bij het rapport in de taal Nederlands. Kies je English, dan wordt ze afgedrukt zoals ze is.',
    other: 'en',
  },
} as const;

describe.each(['en', 'nl'] as const)('an own summary after the figures change (%s)', (lng) => {
  const k = STALE[lng];

  it('says so beside the summary, until the consultant says the text still fits', async () => {
    const user = userEvent.setup();
    await renderResults(ownSummary(lng), lng);
    const region = await screen.findByRole('region', { name: k.region });
    expect(within(region).queryByText(k.summary)).toBeNull();

    act(() => {
      updateAssessment(FIXTURE_ID, (a) => withElementInput(a, 'monitoring', { target: 5 }));
    });
    expect(await within(region).findByText(k.summary)).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: k.fits }));
    expect(within(region).queryByText(k.summary)).toBeNull();
    expect(stored(FIXTURE_ID).summaryBasis).toContain('monitoring=4.2/5/3');
    expect(stored(FIXTURE_ID).summaryText).toBe('Own text.');
  });

  it('says so before the PDF download, and when the report is in another language', async () => {
    const user = userEvent.setup();
    const a = ownSummary(lng);
    const changed = { ...a, answers: { ...a.answers } };
    const [pid] = Object.keys(changed.answers);
    changed.answers[pid!] = { ...changed.answers[pid!], 'mo-3': 1 };
    await renderWith(<PdfButton assessment={changed} />, changed, lng);
    expect(await screen.findByText(k.download)).toBeInTheDocument();
    expect(screen.queryByText(k.language)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox'), k.other);
    expect(screen.getByText(k.language)).toBeInTheDocument();
  });
});
