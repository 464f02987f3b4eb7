import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PresentControls } from '../../../src/features/workshop/present/PresentControls';
import { PresentPage } from '../../../src/features/workshop/present/PresentPage';
import { withElementInput } from '../../../src/model/edits';
import { resetStore } from '../../support/store';
import { addWorkshop, renderWithI18n, WORKSHOP_ID } from './links-support';

describe('presentation window', () => {
  afterEach(async () => {
    await resetStore();
  });

  it('moves with the facilitator’s controls: count, then dots and team score, then the agreed score', async () => {
    const base = addWorkshop('full');
    // Two of five answered the first element's first statement: 2 and 4, so the team score is 3.0.
    addWorkshop('full', {
      ...withElementInput(base, 'vision-mission-strategy', { agreedScore: 3.5 }),
      answers: { p1: { 'vms-6': 2 }, p3: { 'vms-6': 4 } },
    });
    const { container } = await renderWithI18n(
      <>
        <PresentPage id={WORKSHOP_ID} />
        <PresentControls assessmentId={WORKSHOP_ID} />
      </>,
    );
    const screenPart = () => within(container.querySelector('main')!);
    expect(screenPart().getByRole('heading', { level: 1 })).toHaveTextContent('Workshop De Linde');
    expect(screenPart().getAllByRole('img', { name: /^QR code: invitation for / })).toHaveLength(2);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(screenPart().getByRole('heading', { level: 1 })).toHaveTextContent(
        'Service excellence vision, mission and strategy',
      ),
    );
    expect(screenPart().getByText('2 of 5 answered')).toBeVisible();
    expect(screenPart().queryByRole('table')).toBeNull();
    expect(screenPart().queryByText('Team score')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screenPart().getByRole('table')).toBeVisible());
    const first = screenPart().getAllByRole('row')[1]!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '●1', '0', '●1', '0']);
    expect(screenPart().getByText('Team score').parentElement).toHaveTextContent('Team score 3.0');
    expect(screenPart().queryByText('Agreed score')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(screenPart().getByText('Agreed score').parentElement).toHaveTextContent(
        'Agreed score 3.5',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screenPart().queryByText('Agreed score')).toBeNull());
  });
});
