import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { InboxPanel } from '../../../src/features/workshop/inbox/InboxPanel';
import { ResponseLinkPage } from '../../../src/features/workshop/inbox/ResponseLinkPage';
import { appStatementsOf } from '../../../src/model/workshop/collect';
import { sealFragment } from '../../../src/model/workshop/links/envelope';
import { encodeResponse, type LinkResponse } from '../../../src/model/workshop/links/response';
import { secretBytes } from '../../../src/model/workshop/links/secret';
import { resetStore } from '../../support/store';
import { addWorkshop, renderWithI18n, stored, WORKSHOP_ID, WORKSHOP_SECRET } from './links-support';

const BASE = 'https://radar.example.nl/app/';

function response(code: string, patch: Partial<LinkResponse> = {}): LinkResponse {
  return {
    workshopId: WORKSHOP_ID,
    code,
    edition: 2,
    questionnaire: 'full',
    answers: { 'vms-6': 4, 'lc-6': 'dk', 'mo-5': 2 },
    quickAnswers: {},
    comments: {},
    ...patch,
  };
}

function linkOf(r: LinkResponse, secret = WORKSHOP_SECRET): string {
  const e = encodeResponse(r, secret, appStatementsOf);
  if (!e.ok) throw new Error(e.error);
  return `${BASE}#${e.fragment}`;
}

/** A link as a mail program quotes and wraps it: "> " before each line, '#' as %23. */
function mailed(link: string): string {
  const escaped = link.replace('#', '%23');
  const lines = escaped.match(/.{1,30}/g)!;
  return `> Hoi Fenna,\n>\n> hier is mijn antwoord:\n> ${lines.join('\n> ')}\n>\n> Groet, Karin`;
}

async function paste(text: string) {
  const user = userEvent.setup();
  const box = screen.getByLabelText('Paste response links');
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Collect' }));
  return user;
}

describe('InboxPanel', () => {
  afterEach(async () => {
    await resetStore();
  });

  it('collects many links from one mail text, one of them mangled by the mail program', async () => {
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    expect(screen.getByText('0 of 5 answered')).toBeVisible();
    await paste(
      `Two responses:\n"${linkOf(response('M1'))}"\n\n${mailed(linkOf(response('K1', { answers: { 'sc-1': 5 }, comments: { 'sc-1': 'Mooi' } })))}`,
    );
    expect(screen.getByText('2 of 5 answered')).toBeVisible();
    expect(screen.getByText('Not answered yet: M2, K2, K3.')).toBeVisible();
    expect(screen.getByText('M1: collected.')).toBeVisible();
    expect(screen.getByText('K1: collected.')).toBeVisible();
    const a = stored();
    expect(a.answers.p1).toEqual({ 'vms-6': 4, 'lc-6': 'dk', 'mo-5': 2 });
    expect(a.answers.p3).toEqual({ 'sc-1': 5 });
    expect(a.comments.p3).toEqual({ 'sc-1': 'Mooi' });
  });

  it('refuses each damaged, cut-off, foreign and newer link by name, and nothing collected changes', async () => {
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    await paste(linkOf(response('M1')));
    const before = stored();
    const good = linkOf(response('M2'));
    const at = good.length - 12;
    const garbled = good.slice(0, at) + (good[at] === 'x' ? 'y' : 'x') + good.slice(at + 1);
    const cut = good.slice(0, -6);
    const otherWorkshop = linkOf(
      { ...response('M2'), workshopId: 'another-one' },
      'BwcHBwcHBwcHBwcHBwcHBw',
    );
    const newer = `${BASE}#${sealFragment('r', 2, new Uint8Array([9, 9]), secretBytes(WORKSHOP_SECRET)!)}`;
    await paste([garbled, cut, otherWorkshop, newer].join('\n\n'));
    const outcome = screen.getAllByRole('list')[0]!;
    const lines = within(outcome)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Link 1: This link has been changed or damaged somewhere along the way, so it cannot be trusted. Ask for it to be sent again, preferably as a file.',
      'Link 2: This link is incomplete: part of it was cut off, often by a mail or chat program. Copy the whole link, or ask for the response as a file.',
      'Link 3: This response belongs to another workshop.',
      'Link 4: This link was made by a newer version of SE Radar. Reload the app to get the latest version, then try again.',
    ]);
    expect(stored().answers).toEqual(before.answers);
    expect(stored().updatedAt).toBe(before.updatedAt);
    expect(screen.getByText('1 of 5 answered')).toBeVisible();
    await paste('Just a message without any link.');
    expect(screen.getByText('No response link was found in the pasted text.')).toBeVisible();
  });

  it('asks to replace or keep when a participant answers again, and withdraws on request', async () => {
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />, 'nl');
    const user = userEvent.setup();
    const box = screen.getByLabelText('Antwoordlinks plakken');
    const send = async (text: string) => {
      await user.click(box);
      await user.paste(text);
      await user.click(screen.getByRole('button', { name: 'Verzamelen' }));
    };
    await send(linkOf(response('K2')));
    await send(linkOf(response('K2')));
    expect(screen.getByText('K2: al verzameld; er is niets veranderd.')).toBeVisible();
    await send(linkOf(response('K2', { answers: { 'vms-6': 1 } })));
    expect(
      screen.getByText(
        'K2 heeft al geantwoord, met andere antwoorden. Het eerdere antwoord vervangen door dit?',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Het eerdere houden' }));
    expect(stored().answers.p4).toEqual({ 'vms-6': 4, 'lc-6': 'dk', 'mo-5': 2 });
    await send(linkOf(response('K2', { answers: { 'vms-6': 1 } })));
    await user.click(screen.getByRole('button', { name: 'Vervangen' }));
    expect(stored().answers.p4).toEqual({ 'vms-6': 1 });
    expect(screen.getByText('K2: het eerdere antwoord is vervangen.')).toBeVisible();

    await user.click(screen.getByText('1 antwoord verzameld'));
    await user.click(screen.getByRole('button', { name: 'K2 intrekken' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(stored().answers.p4).toBeUndefined();
    expect(screen.getByText('0 van 5 geantwoord')).toBeVisible();
  });

  it('reads dropped or opened response files, and says which file holds none', async () => {
    addWorkshop('quick');
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    const quick = response('K3', {
      questionnaire: 'quick',
      answers: {},
      quickAnswers: { monitoring: 4 },
    });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Open response files'), [
      new File([`${linkOf(quick)}\n`], 'se-radar-response-K3.txt', { type: 'text/plain' }),
      new File(['shopping list'], 'notes.txt', { type: 'text/plain' }),
    ]);
    await waitFor(() => expect(screen.getByText('1 of 5 answered')).toBeVisible());
    expect(screen.getByText('notes.txt: no response link in this file.')).toBeVisible();
    expect(stored().quickAnswers.p5).toEqual({ monitoring: 4 });
  });

  it('collects nothing while the answers are locked for the agreement', async () => {
    addWorkshop('full', { lock: { locked: true, history: [] } });
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    await paste(linkOf(response('M1')));
    expect(screen.getByText(/The answers are locked for the agreement/)).toBeVisible();
    expect(stored().answers).toEqual({});
  });
});

describe('ResponseLinkPage', () => {
  afterEach(async () => {
    await resetStore();
  });

  it('a response link opened on the facilitator’s device goes into its workshop’s inbox', async () => {
    addWorkshop();
    const fragment = linkOf(response('M2')).split('#')[1]!;
    const { unmount } = await renderWithI18n(<ResponseLinkPage fragment={fragment} />);
    await waitFor(() => expect(window.location.hash).toBe('#/workshop/ws-test/inbox'));
    unmount();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    await waitFor(() => expect(screen.getByText('M2: collected.')).toBeVisible());
    expect(stored().answers.p2).toEqual({ 'vms-6': 4, 'lc-6': 'dk', 'mo-5': 2 });
  });

  it('elsewhere it says the response belongs on the facilitator’s device', async () => {
    const fragment = linkOf(response('M2')).split('#')[1]!;
    await renderWithI18n(<ResponseLinkPage fragment={fragment} />, 'nl');
    expect(screen.getByText(/hoort bij een workshop die niet in deze browser staat/)).toBeVisible();
  });
});

describe('reading a response QR code', () => {
  afterEach(async () => {
    Reflect.deleteProperty(navigator, 'mediaDevices');
    await resetStore();
  });

  it('says so, in English and in Dutch, when the browser offers no camera here', async () => {
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', { name: 'Scan a response QR code with the camera' }),
    );
    expect(await screen.findByText(/This browser offers no camera here/)).toBeVisible();
    await resetStore();
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />, 'nl');
    await user.click(
      screen.getByRole('button', { name: 'Een antwoord-QR-code scannen met de camera' }),
    );
    expect(await screen.findByText(/Deze browser biedt hier geen camera/)).toBeVisible();
  });

  it('names a refused camera permission and a missing camera, and collects nothing', async () => {
    let refusal = 'NotAllowedError';
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: () => Promise.reject(new DOMException('refused', refusal)),
      },
    });
    addWorkshop();
    await renderWithI18n(<InboxPanel assessmentId={WORKSHOP_ID} />);
    const user = userEvent.setup();
    const scan = screen.getByRole('button', { name: 'Scan a response QR code with the camera' });
    await user.click(scan);
    expect(await screen.findByText(/The camera may not be used/)).toBeVisible();
    refusal = 'NotFoundError';
    await user.click(scan);
    expect(
      await screen.findByText(
        'No camera was found on this device. Read a photo of the QR code instead.',
      ),
    ).toBeVisible();
    expect(screen.getByText('0 of 5 answered')).toBeVisible();
  });
});
