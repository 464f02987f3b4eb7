import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParticipantPage } from '../../../src/features/workshop/participant/ParticipantPage';
import { editionStatementIds } from '../../../src/model/framework';
import { appStatementsOf } from '../../../src/model/workshop/collect';
import { encodeInvitation, type Invitation } from '../../../src/model/workshop/links/invitation';
import { decodeResponse } from '../../../src/model/workshop/links/response';
import { sealFragment } from '../../../src/model/workshop/links/envelope';
import { secretBytes } from '../../../src/model/workshop/links/secret';
import { emptyDraftRecord } from '../../../src/model/workshop/participant-draft';
import { readSetting } from '../../../src/state/storage';
import {
  flushParticipantDraft,
  setDraftComment,
  useParticipantDraft,
} from '../../../src/state/participant-draft';
import { renderWithI18n, WORKSHOP_SECRET } from './links-support';

let counter = 0;

/** An invitation for a workshop id of its own, so drafts of earlier tests do not show. */
function invitation(patch: Partial<Invitation> = {}): Invitation {
  counter += 1;
  return {
    workshopId: `ws-part-${counter}`,
    edition: 2,
    questionnaire: 'full',
    customerWord: 'tenant',
    anonymity: 'anonymous',
    title: 'Workshop De Linde',
    groupName: 'Customer-facing staff',
    codes: ['K1', 'K2', 'K3'],
    secret: WORKSHOP_SECRET,
    ...patch,
  };
}

function fragmentOf(inv: Invitation): string {
  const e = encodeInvitation(inv);
  if (!e.ok) throw new Error(e.error);
  return e.fragment;
}

function resetDraftStore() {
  useParticipantDraft.setState({
    workshopId: null,
    status: 'idle',
    record: emptyDraftRecord(),
    saveFailed: false,
  });
}

describe('participant view', () => {
  afterEach(() => {
    resetDraftStore();
  });

  it('shows the workshop and the anonymity level, asks for a code, and keeps half-done answers', async () => {
    const inv = invitation();
    const { unmount } = await renderWithI18n(<ParticipantPage fragment={fragmentOf(inv)} />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Workshop De Linde');
    expect(screen.getByText('Invitation for Customer-facing staff')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Anonymous workshop' })).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    expect(screen.getByText('Pick your code first.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'K2' }));
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Service excellence vision, mission and strategy',
    );
    // Edition 2 asks six statements here, in the tenant's words.
    const groups = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(groups).toHaveLength(6);
    expect(screen.getByText('0 of 51 answered', { exact: false })).toBeVisible();
    await user.click(screen.getAllByRole('radio', { name: '4 Integrated' })[0]!);
    await user.click(screen.getAllByRole('radio', { name: "Don't know" })[1]!);
    expect(screen.getByText('This element: 2 of 6 answered')).toBeVisible();
    await flushParticipantDraft();
    const saved = JSON.parse((await readSetting(`participant:${inv.workshopId}`))!) as {
      code: string;
      drafts: Record<string, { answers: Record<string, unknown> }>;
    };
    expect(saved.code).toBe('K2');
    expect(saved.drafts.K2!.answers).toEqual({ 'vms-6': 4, 'vms-7': 'dk' });

    // The phone is closed and the link opened again: the answers are still there.
    unmount();
    resetDraftStore();
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(inv)} />);
    expect(await screen.findByText('This element: 2 of 6 answered')).toBeVisible();
    expect(screen.getAllByRole('radio', { name: '4 Integrated' })[0]).toBeChecked();
  });

  it('at the end gives the response as a link that the facilitator reads back exactly', async () => {
    const inv = invitation({ questionnaire: 'quick' });
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(inv)} />, 'nl');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'K1' }));
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await user.click(screen.getByRole('radio', { name: /^Niveau 3/ }));
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('radio', { name: /^Niveau 5/ }));
    await user.type(screen.getByLabelText('Opmerking bij dit element (niet verplicht)'), 'Meten');
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Je antwoord');
    expect(screen.getByText('2 van 9 beantwoord')).toBeVisible();
    const link = screen.getByLabelText<HTMLInputElement>('Je antwoordlink').value;
    expect(link).toMatch(/^http:\/\/localhost:3000\/#\/r\/[A-Za-z0-9_-]+$/);
    expect(screen.getByRole('img', { name: 'QR-code: je antwoord als K1' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Het bestand downloaden' })).toBeVisible();
    const back = decodeResponse(link.split('#')[1]!, {
      workshopId: inv.workshopId,
      secret: WORKSHOP_SECRET,
      statementsOf: appStatementsOf,
    });
    expect(back.ok && back.response).toEqual({
      workshopId: inv.workshopId,
      code: 'K1',
      edition: 2,
      questionnaire: 'quick',
      answers: {},
      quickAnswers: { 'vision-mission-strategy': 3, monitoring: 5 },
      comments: { monitoring: 'Meten' },
    });
  });

  it('a response over 1,000 characters is offered as a file only', async () => {
    const inv = invitation({ questionnaire: 'quick' });
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(inv)} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'K3' }));
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    // Text that deflate cannot shrink: a fixed pseudo-random run of letters.
    let seed = 7;
    const noise = Array.from({ length: 1400 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[seed % 62];
    }).join('');
    act(() => setDraftComment('service-culture', noise));
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(
      screen.getByText('This response is too long to send as a link. Send it as a file instead.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Your response link')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download the file' })).toBeVisible();
  });

  it('a mangled invitation is refused by name, and nothing is kept on the phone', async () => {
    const inv = invitation();
    const good = fragmentOf(inv);
    const i = 20;
    const mangled = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    await renderWithI18n(<ParticipantPage fragment={mangled} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This invitation cannot be opened',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has been changed or damaged somewhere along the way',
    );
    expect(screen.queryByRole('radio')).toBeNull();
    await flushParticipantDraft();
    expect(await readSetting(`participant:${inv.workshopId}`)).toBeUndefined();
  });

  it('a cut-off invitation is called incomplete; one from a newer app asks for a reload', async () => {
    const good = fragmentOf(invitation());
    const { unmount } = await renderWithI18n(<ParticipantPage fragment={good.slice(0, -10)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
    unmount();
    const newer = sealFragment('i', 2, new Uint8Array([1, 2, 3]), secretBytes(WORKSHOP_SECRET)!);
    const second = await renderWithI18n(<ParticipantPage fragment={newer} />, 'nl');
    expect(screen.getByRole('alert')).toHaveTextContent('nieuwere versie van SE Radar');
    expect(screen.getByRole('button', { name: 'De app opnieuw laden' })).toBeVisible();
    second.unmount();
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(invitation({ edition: 3 }))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('made by a newer version of SE Radar');
  });

  it('edition 1 invitations ask edition 1 statements', async () => {
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(invitation({ edition: 1 }))} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'K1' }));
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    await waitFor(() =>
      expect(
        screen.getByText(`0 of ${editionStatementIds(1).length} answered`, { exact: false }),
      ).toBeVisible(),
    );
  });
});

describe('sending the response', () => {
  afterEach(() => {
    resetDraftStore();
    Reflect.deleteProperty(navigator, 'share');
    Reflect.deleteProperty(navigator, 'canShare');
    Reflect.deleteProperty(window, 'isSecureContext');
  });

  async function finishQuick(code: string) {
    const inv = invitation({ questionnaire: 'quick' });
    await renderWithI18n(<ParticipantPage fragment={fragmentOf(inv)} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: code }));
    await user.click(screen.getByRole('button', { name: 'Start answering' }));
    await user.click(screen.getByRole('radio', { name: /^Level 4/ }));
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    return { user, inv, link: screen.getByLabelText<HTMLInputElement>('Your response link').value };
  }

  it('uses the share sheet for the link and the file where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    const { user, inv, link } = await finishQuick('K2');
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(share).toHaveBeenCalledWith({ title: inv.title, url: link });
    await user.click(screen.getByRole('button', { name: 'Share the file' }));
    expect(share).toHaveBeenCalledTimes(2);
    const sent = (share.mock.calls[1] as unknown as [ShareData])[0];
    expect(sent.title).toBe(inv.title);
    expect(sent.files!.map((f) => f.name)).toEqual(['se-radar-response-K2.txt']);
    expect(await sent.files![0]!.text()).toBe(`${link}\n`);
  });

  it('offers copying only where the browser has no share sheet', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    const { user, link } = await finishQuick('K3');
    expect(screen.queryByRole('button', { name: 'Share link' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share the file' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(screen.getByText('Copied.')).toBeVisible();
  });
});
