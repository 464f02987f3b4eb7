// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractFragments } from '../../../src/model/workshop/links/extract';
import { decodeResponse, encodeResponse } from '../../../src/model/workshop/links/response';
import { LINK_ERRORS } from '../../../src/model/workshop/links/errors';
import { SECRET, check, full50, statementsOf } from './link-fixtures';

function fragment(code: string, comment = ''): string {
  const r = {
    ...full50(),
    code,
    comments: comment ? { x2: comment } : ({} as Record<string, string>),
  };
  const e = encodeResponse(r, SECRET, statementsOf);
  if (!e.ok) throw new Error(e.error);
  return e.fragment;
}

const base = 'https://radar.example.nl/app/';

/** Breaks `s` into lines of `width` characters, as a mail program wraps a long link. */
function wrap(s: string, width: number, lead = ''): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join(`\n${lead}`);
}

describe('extracting response links from pasted text', () => {
  const a = fragment('M1');
  const b = fragment('E2', 'Wij weten niet wat de klant écht wil; dat zou ik graag bespreken.');
  const c = fragment('F3');

  it('finds many links at once in a mail thread: quoted, wrapped, %23, safe-links', () => {
    const safe = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(
      base + '#' + c,
    )}&data=05%7C02%7C%7Cabc&reserved=0`;
    const text = [
      'Hoi Marieke,',
      '',
      `Hier is mijn antwoord: "${base}#${a}".`,
      'Groet, Mo',
      '',
      `> Op 3 dec schreef Eva:`,
      `> ${wrap(`${base}#${b}`, 60, '> ')}`,
      `> Fijne dag!`,
      '',
      `En die van Fien: <${base.replace(/\/$/, '')}/%23${c.replace(/\//g, '%2F')}>`,
      `Doorgestuurd: ${safe}`,
      `Nog een keer: ${base}#${a}`,
    ].join('\r\n');
    expect(extractFragments(text, 'r')).toEqual([a, b, c]);
    for (const f of extractFragments(text, 'r')) {
      expect(decodeResponse(f, check)).toMatchObject({ ok: true });
    }
  });

  it('joins a link wrapped inside "%23" or inside "#/r/" itself', () => {
    const escaped = `${base}%23${a}`;
    const cutEscape = `> ${escaped.slice(0, base.length + 1)}\n> ${escaped.slice(base.length + 1)}`;
    const plain = `${base}#${a}`;
    const cutMarker = `${plain.slice(0, base.length + 2)}\n   ${plain.slice(base.length + 2)}`;
    expect(extractFragments(cutEscape, 'r')).toEqual([a]);
    expect(extractFragments(cutMarker, 'r')).toEqual([a]);
  });

  it('joins a link broken by quoted-printable soft breaks', () => {
    const qp = wrap(`${base}#${b}`, 75).replace(/\n/g, '=\n');
    expect(extractFragments(`Antwoord:\n${qp}\nBedankt!`, 'r')).toEqual([b]);
  });

  it('never glues the next line onto a whole link', () => {
    expect(extractFragments(`${base}#${a}\nBedankt`, 'r')).toEqual([a]);
    expect(extractFragments(`${base}#${a}Bedankt`, 'r')).toEqual([a]);
  });

  it('returns a cut-off link as found, so it is refused as truncated', () => {
    const cut = a.slice(0, 40);
    const found = extractFragments(`${base}#${cut}`, 'r');
    expect(found).toEqual([cut]);
    expect(decodeResponse(found[0]!, check)).toEqual({ ok: false, error: LINK_ERRORS.truncated });
  });

  it('ignores invitations and text without links', () => {
    expect(extractFragments(`${base}#/i/AQIDBA and nothing else`, 'r')).toEqual([]);
    expect(extractFragments('100% zeker, #/rood', 'r')).toEqual([]);
  });
});
