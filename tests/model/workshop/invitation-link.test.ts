// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INVITATION_BUDGET,
  decodeInvitation,
  encodeInvitation,
  type Invitation,
} from '../../../src/model/workshop/links/invitation';
import { BASE64URL_ALPHABET } from '../../../src/model/workshop/links/base64url';
import { LINK_ERRORS } from '../../../src/model/workshop/links/errors';
import { CUSTOMER_WORDS } from '../../../src/model/schema';
import { typicalInvitation } from '../../fixtures/workshop-invitation';

const typical = typicalInvitation;

function fragmentOf(inv: Invitation): string {
  const e = encodeInvitation(inv);
  if (!e.ok) throw new Error(e.error);
  return e.fragment;
}

describe('invitation link', () => {
  it('a typical invitation fits 250 characters and comes back whole', () => {
    const f = fragmentOf(typical());
    // Body: edition 1, flags 1, id 1 + 16, title 1 + 59, group 1 + 26, count 1, codes
    // 9 x (1 + 2) + 3 x (1 + 3) = 39, secret 16: 163 bytes; frame 1 + 2 (n = 171 needs two
    // varint bytes) + 8 tag = 174 bytes = 232 characters, plus "/i/" = 235.
    expect(f.length).toBe(235);
    expect(f.length).toBeLessThanOrEqual(INVITATION_BUDGET);
    expect(decodeInvitation(`#${f}`)).toEqual({ ok: true, invitation: typical(), version: 1 });
  });

  it('round trips every customer word, questionnaire and anonymity level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUSTOMER_WORDS),
        fc.constantFrom('quick' as const, 'full' as const),
        fc.constantFrom('named' as const, 'anonymous' as const),
        fc.integer({ min: 1, max: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (customerWord, questionnaire, anonymity, edition, title) => {
          const inv = { ...typical(), customerWord, questionnaire, anonymity, edition, title };
          expect(decodeInvitation(fragmentOf(inv))).toMatchObject({ ok: true, invitation: inv });
        },
      ),
    );
  });

  it('shortens a long title to fit, with an ellipsis', () => {
    const inv = { ...typical(), title: 'Zelfevaluatie service excellence '.repeat(6).trim() };
    const e = encodeInvitation(inv);
    expect(e).toMatchObject({ ok: true, titleShortened: true });
    if (!e.ok) return;
    expect(e.fragment.length).toBeLessThanOrEqual(INVITATION_BUDGET);
    const title = (decodeInvitation(e.fragment) as { invitation: Invitation }).invitation.title;
    expect(title.endsWith('…')).toBe(true);
    expect(inv.title.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('refuses a group too large for one link even with no title', () => {
    const codes = Array.from({ length: 60 }, (_, i) => `Medew${i + 1}`);
    expect(encodeInvitation({ ...typical(), codes })).toEqual({
      ok: false,
      error: LINK_ERRORS.invitationTooLong,
    });
  });

  it('refuses every single-character change and every truncation', () => {
    const f = fragmentOf(typical());
    for (let i = 3; i < f.length; i++) {
      for (const c of BASE64URL_ALPHABET) {
        if (c === f[i]) continue;
        expect(decodeInvitation(f.slice(0, i) + c + f.slice(i + 1)).ok).toBe(false);
      }
    }
    for (let n = 0; n < f.length; n++) expect(decodeInvitation(f.slice(0, n)).ok).toBe(false);
    expect(decodeInvitation(f.slice(0, 100))).toEqual({ ok: false, error: LINK_ERRORS.truncated });
  });

  it('an edition this app does not know asks for a newer app', () => {
    const f = fragmentOf({ ...typical(), edition: 3 });
    expect(decodeInvitation(f, { knowsEdition: (e) => e <= 2 })).toEqual({
      ok: false,
      error: LINK_ERRORS.newerVersion,
    });
  });

  it('a response link is not an invitation', () => {
    expect(decodeInvitation('/r/AQID')).toEqual({ ok: false, error: LINK_ERRORS.foreign });
  });
});
