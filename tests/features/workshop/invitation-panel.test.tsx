import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvitationPanel } from '../../../src/features/workshop/invite/InvitationPanel';
import { decodeInvitation } from '../../../src/model/workshop/links/invitation';
import { usePublishedAddress } from '../../../src/state/published-address';
import { resetStore } from '../../support/store';
import { addWorkshop, renderWithI18n, stored, WORKSHOP_ID, WORKSHOP_SECRET } from './links-support';

function setLocation(href: string) {
  window.history.replaceState(null, '', href);
}

describe('InvitationPanel', () => {
  beforeEach(() => {
    usePublishedAddress.setState({ status: 'ready', address: null });
  });
  afterEach(async () => {
    await resetStore();
    setLocation('http://localhost:3000/');
  });

  it('on a public https address: one card per group with its codes, a QR code and the link', async () => {
    // jsdom's own origin cannot change; the panel reads window.location.href, so stub it.
    const original = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...original, href: 'https://radar.example.nl/app/#/w/ws-test' },
    });
    try {
      addWorkshop();
      await renderWithI18n(<InvitationPanel assessmentId={WORKSHOP_ID} />);
      const cards = screen.getAllByRole('article');
      expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
        'Management',
        'Customer-facing staff',
      ]);
      expect(within(cards[0]!).getByText('2 codes: M1, M2')).toBeVisible();
      expect(within(cards[1]!).getByText('3 codes: K1, K2, K3')).toBeVisible();
      expect(
        within(cards[1]!).getByRole('img', {
          name: 'QR code: invitation for Customer-facing staff',
        }),
      ).toBeVisible();
      const link = within(cards[1]!).getByLabelText<HTMLInputElement>(
        'Invitation link for Customer-facing staff',
      ).value;
      expect(link.startsWith('https://radar.example.nl/app/#/i/')).toBe(true);
      const decoded = decodeInvitation(link.split('#')[1]!);
      expect(decoded.ok && decoded.invitation).toMatchObject({
        workshopId: WORKSHOP_ID,
        edition: 2,
        questionnaire: 'full',
        customerWord: 'tenant',
        anonymity: 'anonymous',
        title: 'Workshop De Linde',
        groupName: 'Customer-facing staff',
        codes: ['K1', 'K2', 'K3'],
        secret: WORKSHOP_SECRET,
      });
      expect(screen.queryByText(/Participants’ phones cannot open/)).toBeNull();
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: original });
    }
  });

  it('on localhost: asks for the published address, remembers it, and the links use it', async () => {
    addWorkshop();
    await renderWithI18n(<InvitationPanel assessmentId={WORKSHOP_ID} />);
    expect(screen.getByText(/Participants’ phones cannot open that address/)).toBeVisible();
    expect(screen.queryByRole('article')).toBeNull();
    const user = userEvent.setup();
    const field = screen.getByLabelText('The address where SE Radar is published');
    await user.type(field, 'not an address');
    await user.click(screen.getByRole('button', { name: 'Use this address' }));
    expect(screen.getByText('Enter a web address that starts with https://.')).toBeVisible();
    await user.clear(field);
    await user.type(field, 'radar.example.nl/se');
    await user.click(screen.getByRole('button', { name: 'Use this address' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(usePublishedAddress.getState().address).toBe('https://radar.example.nl/se');
    expect(screen.getByText('Invitations point to https://radar.example.nl/se.')).toBeVisible();
    const link = screen.getByLabelText<HTMLInputElement>('Invitation link for Management').value;
    expect(link.startsWith('https://radar.example.nl/se#/i/')).toBe(true);
  });

  it('on localhost: going on with the current address warns and uses it', async () => {
    addWorkshop();
    await renderWithI18n(<InvitationPanel assessmentId={WORKSHOP_ID} />, 'nl');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Doorgaan met http://localhost:3000/' }));
    expect(
      screen.getByText(
        'Uitnodigingen verwijzen naar http://localhost:3000/; telefoons kunnen dat adres misschien niet openen.',
      ),
    ).toBeVisible();
    const link = screen.getByLabelText<HTMLInputElement>('Uitnodigingslink voor Management').value;
    expect(link.startsWith('http://localhost:3000/#/i/')).toBe(true);
    expect(screen.getByRole('img', { name: 'QR-code: uitnodiging voor Management' })).toBeVisible();
  });

  it('a workshop without a secret gets one, and a participant without a code is named', async () => {
    addWorkshop('quick', {
      secret: null,
      participants: [
        { id: 'p1', name: 'Ans', code: 'M1', groupId: 'management' },
        { id: 'p2', name: 'Bo', code: '', groupId: 'management' },
      ],
    });
    await renderWithI18n(<InvitationPanel assessmentId={WORKSHOP_ID} />);
    await waitFor(() => expect(stored().secret).toMatch(/^[A-Za-z0-9_-]{22}$/));
    expect(
      screen.getByText(
        '1 participant has no code and cannot be invited by link. Give them a code, or pass the device.',
      ),
    ).toBeVisible();
  });
});
