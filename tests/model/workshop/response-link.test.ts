// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  RESPONSE_BUDGET,
  decodeResponse,
  encodeResponse,
  encodeResponseLink,
  type LinkResponse,
} from '../../../src/model/workshop/links/response';
import { sealFragment } from '../../../src/model/workshop/links/envelope';
import { editionStatementIds } from '../../../src/model/framework';
import { BASE64URL_ALPHABET } from '../../../src/model/workshop/links/base64url';
import { LINK_ERRORS } from '../../../src/model/workshop/links/errors';
import {
  OTHER_SECRET,
  SECRET,
  WORKSHOP,
  check,
  full50,
  responseArb,
  statementsOf,
} from './link-fixtures';

function fragmentOf(r: LinkResponse, secret = SECRET): string {
  const e = encodeResponse(r, secret, statementsOf);
  if (!e.ok) throw new Error(e.error);
  return e.fragment;
}

/** Every fragment that differs from `f` in one character of its payload. */
function* singleChanges(f: string): Generator<string> {
  for (let i = 3; i < f.length; i++) {
    for (const c of BASE64URL_ALPHABET) {
      if (c !== f[i]) yield f.slice(0, i) + c + f.slice(i + 1);
    }
  }
}

describe('response link: format version 1, byte for byte', () => {
  it('a quick check of two levels, built by hand', () => {
    const r: LinkResponse = {
      workshopId: 'ws1',
      code: 'M1',
      edition: 1,
      questionnaire: 'quick',
      answers: {},
      quickAnswers: { 'vision-mission-strategy': 3, monitoring: 5 },
      comments: {},
    };
    // Body: edition 01, flags 00 (quick, no comments), "ws1" = 03 77 73 31, "M1" = 02 4d 31,
    // levels 3,0,0,0,0,0,0,0,5 in 3 bits: 011 000000000000000000000 101 + 00000 padding
    // = 01100000 00000000 00000000 10100000 = 60 00 00 a0. 13 bytes; n = 13 + 8 (tag) = 0x15.
    const signed = Uint8Array.from([
      0x01, 0x15, 0x01, 0x00, 0x03, 0x77, 0x73, 0x31, 0x02, 0x4d, 0x31, 0x60, 0x00, 0x00, 0xa0,
    ]);
    const key = new Uint8Array(Buffer.from(SECRET, 'base64url'));
    const tag = hmac(
      sha256,
      key,
      new Uint8Array(Buffer.concat([Buffer.from('se-radar/r/'), signed])),
    ).slice(0, 8);
    const expected = '/r/' + Buffer.concat([signed, tag]).toString('base64url');
    expect(fragmentOf(r)).toBe(expected);
    const d = decodeResponse(expected, { ...check, workshopId: 'ws1' });
    expect(d).toEqual({ ok: true, response: r, version: 1 });
  });
});

describe('response link: round trips', () => {
  it('every random response comes back as it went (quick, full, comments, both editions)', () => {
    fc.assert(
      fc.property(responseArb, (r) => {
        expect(decodeResponse(fragmentOf(r), check)).toEqual({ ok: true, response: r, version: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('also with a leading # and as a whole link', () => {
    const e = encodeResponseLink(full50(), SECRET, statementsOf, 'https://radar.example.nl/app/');
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.link).toBe(`https://radar.example.nl/app/#${e.fragment}`);
    expect(decodeResponse(`#${e.fragment}`, check)).toMatchObject({ ok: true });
  });
});

describe('response link: sizes', () => {
  it(`a full questionnaire of 50 statements without comments fits ${RESPONSE_BUDGET} characters`, () => {
    // 50 answers x 3 bits = 150 bits = 19 bytes; header 1 + 1, edition 1, flags 1, id 1 + 16,
    // code 1 + 3, tag 8: 52 bytes = 70 base64url characters, plus "/r/" = 73.
    const f = fragmentOf(full50());
    expect(f.length).toBe(73);
    expect(f.length).toBeLessThanOrEqual(RESPONSE_BUDGET);
  });

  it('edition 1 (45 statements) and a quick check are smaller still', () => {
    // 45 x 3 bits = 135 bits = 17 bytes: 52 - 19 + 17 = 50 bytes = 67 characters + 3 = 70.
    const all3 = Object.fromEntries(editionStatementIds(1).map((id) => [id, 3 as const]));
    const e1 = { ...full50(), edition: 1, answers: all3 };
    expect(fragmentOf(e1).length).toBe(70);
    // 9 x 3 bits = 27 bits = 4 bytes: 37 bytes = 50 characters + 3 = 53.
    const quick = {
      ...e1,
      questionnaire: 'quick' as const,
      answers: {},
      quickAnswers: { monitoring: 2 as const },
    };
    expect(fragmentOf(quick).length).toBe(53);
  });

  it('compresses comments only where that makes them shorter', () => {
    const short = { ...full50(), comments: { x1: 'Ok' } };
    // Plain section: count 1, target 9 (x1 comes after the nine elements), "Ok" = 01 09 02 4f 6b,
    // 5 bytes; deflated it would be longer, so it goes plain: 52 + 5 = 57 bytes = 76 characters.
    expect(fragmentOf(short).length).toBe(3 + 76);
    const long = {
      ...full50(),
      comments: { x1: 'De wachttijd aan de telefoon is te lang. '.repeat(10) },
    };
    // 410 characters of text, deflated to a fraction of that.
    expect(fragmentOf(long).length).toBeLessThan(3 + 70 + 200);
    expect(decodeResponse(fragmentOf(long), check)).toMatchObject({ ok: true, response: long });
  });

  it('a link over 1,000 characters is refused as "too long", with its fragment for a file', () => {
    // Random-looking text does not compress: 800 distinct words take far more than 1,000.
    const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 10007}`).join(' ');
    const r = { ...full50(), comments: { monitoring: words } };
    const e = encodeResponseLink(r, SECRET, statementsOf, 'https://radar.example.nl/');
    expect(e).toMatchObject({ ok: false, error: LINK_ERRORS.tooLong });
    expect('fragment' in e && decodeResponse(e.fragment, check)).toMatchObject({ ok: true });
  });
});

describe('response link: strict decoding', () => {
  const samples: LinkResponse[] = [
    full50(),
    {
      ...full50(),
      comments: { x3: 'Klanten merken weinig van onze visie. ✓', monitoring: 'Geen KPI’s' },
    },
    {
      ...full50(),
      questionnaire: 'quick',
      answers: {},
      quickAnswers: { 'service-culture': 2 },
      comments: { 'service-culture': 'x'.repeat(300) },
    },
  ];

  it('refuses every single-character change of payload or tag (all positions, all characters)', () => {
    for (const r of samples) {
      const f = fragmentOf(r);
      let tried = 0;
      for (const changed of singleChanges(f)) {
        tried += 1;
        expect(decodeResponse(changed, check).ok, changed).toBe(false);
      }
      expect(tried).toBe((f.length - 3) * 63);
    }
  });

  it('refuses every truncation, and names it', () => {
    for (const r of samples) {
      const f = fragmentOf(r);
      for (let n = 0; n < f.length; n++) {
        const d = decodeResponse(f.slice(0, n), check);
        expect(d.ok).toBe(false);
        // Cut inside "/r/" it is not a response link at all; after it, truncated.
        if (n > 3) expect(d).toEqual({ ok: false, error: LINK_ERRORS.truncated });
      }
    }
  });

  it('refuses random single-character changes of random responses', () => {
    fc.assert(
      fc.property(responseArb, fc.nat(), fc.nat(63), (r, at, c) => {
        const f = fragmentOf(r);
        const i = 3 + (at % (f.length - 3));
        const replacement = BASE64URL_ALPHABET[c]!;
        fc.pre(replacement !== f[i]);
        expect(decodeResponse(f.slice(0, i) + replacement + f.slice(i + 1), check).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a character added at the end or anywhere', () => {
    const f = fragmentOf(full50());
    expect(decodeResponse(`${f}A`, check)).toEqual({ ok: false, error: LINK_ERRORS.garbled });
    expect(decodeResponse(`${f.slice(0, 20)}A${f.slice(20)}`, check).ok).toBe(false);
  });
});

describe('response link: each refusal by name', () => {
  it('garbled: characters outside the alphabet, or a tag that does not match', () => {
    const f = fragmentOf(full50());
    expect(decodeResponse(`${f.slice(0, 10)}+${f.slice(11)}`, check)).toEqual({
      ok: false,
      error: LINK_ERRORS.garbled,
    });
    // Sealed with another secret: the structure is whole, the tag is not ours.
    expect(decodeResponse(fragmentOf(full50(), OTHER_SECRET), check)).toEqual({
      ok: false,
      error: LINK_ERRORS.garbled,
    });
  });

  it('foreign: an invitation, a web address, random text', () => {
    for (const f of ['/i/AQID', 'https://example.org/', '', 'hello', '#/a/x/results']) {
      expect(decodeResponse(f, check)).toEqual({ ok: false, error: LINK_ERRORS.foreign });
    }
  });

  it('otherWorkshop: a response to another workshop', () => {
    const f = fragmentOf({ ...full50(), workshopId: 'another-workshop' }, OTHER_SECRET);
    expect(decodeResponse(f, check)).toEqual({ ok: false, error: LINK_ERRORS.otherWorkshop });
  });

  it('newerVersion: format version 2, or a framework edition this app does not know', () => {
    const v2 = sealFragment(
      'r',
      2,
      Uint8Array.from([1, 2, 3]),
      new Uint8Array(Buffer.from(SECRET, 'base64url')),
    );
    expect(decodeResponse(v2, check)).toEqual({ ok: false, error: LINK_ERRORS.newerVersion });
    const f = fragmentOf({ ...full50(), edition: 2 });
    const onlyEdition1 = { ...check, statementsOf: (e: number) => statementsOf(e === 1 ? 1 : 9) };
    expect(decodeResponse(f, onlyEdition1)).toEqual({ ok: false, error: LINK_ERRORS.newerVersion });
  });

  it('refuses to encode what its edition does not have', () => {
    const bad = { ...full50(), answers: { 'no-such': 3 as const } };
    expect(encodeResponse(bad, SECRET, statementsOf)).toEqual({
      ok: false,
      error: LINK_ERRORS.invalid,
    });
    expect(encodeResponse({ ...full50(), code: 'M 1' }, SECRET, statementsOf).ok).toBe(false);
    expect(encodeResponse(full50(), 'short', statementsOf).ok).toBe(false);
    expect(
      encodeResponse({ ...full50(), workshopId: WORKSHOP, edition: 7 }, SECRET, statementsOf).ok,
    ).toBe(false);
  });
});
