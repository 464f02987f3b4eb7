import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { FacilitatorGuide } from '../../../src/features/workshop/FacilitatorGuide';
import { testI18n } from '../../support/store';
import { readLocale } from '../../support/i18n';

async function renderGuide(lng: 'nl' | 'en') {
  return render(
    <I18nextProvider i18n={await testI18n(lng)}>
      <FacilitatorGuide />
    </I18nextProvider>,
  );
}

function texts(obj: unknown): string[] {
  return typeof obj === 'string' ? [obj] : Object.values(obj as object).flatMap(texts);
}

describe("facilitator's guide", () => {
  it('covers who to invite, the agenda, the discussion, targets and actions (en)', async () => {
    await renderGuide('en');
    expect(screen.getByRole('heading', { level: 2, name: "Facilitator's guide" })).toBeVisible();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Who to invite',
      'An agenda for a session of two and a half to three hours',
      'Score alone first',
      'A spread of 2 or more: worth the conversation',
      'Gaps between groups',
      '"Not applicable" or "don\'t know"',
      'Setting targets and importance',
      'At most five actions',
    ]);
    const agenda = screen.getByRole('region', { name: /An agenda/ });
    const steps = within(agenda).getAllByRole('listitem');
    // Eight steps from 0:00 to 3:00.
    expect(steps).toHaveLength(8);
    expect(steps[0]).toHaveTextContent(/^0:00–0:15/);
    expect(steps[7]).toHaveTextContent(/^2:50–3:00/);
    const actions = screen.getByRole('region', { name: 'At most five actions' });
    expect(
      within(actions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^an owner/),
      expect.stringMatching(/^a date/),
      expect.stringMatching(/^a measure/),
    ]);
  });

  it('is in Dutch with je and jullie, never u', async () => {
    await renderGuide('nl');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Handleiding voor de facilitator' }),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Wie nodig je uit?' })).toHaveTextContent(
      /Directie en management.*Medewerkers aan de frontlijn.*Ondersteunende afdelingen/,
    );
    const dutch = texts(readLocale('nl', 'guide')).join(' ');
    expect(dutch.match(/\b(u|uw|U|Uw)\b/g)).toBeNull();
    expect(dutch).toMatch(/\bjullie\b/);
  });
});
