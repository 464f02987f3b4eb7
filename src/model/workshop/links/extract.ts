/**
 * Finds the links of one kind in pasted text: a mail or chat message with one or many of them,
 * quoted ("> "), wrapped over lines (also quoted-printable "=" soft breaks), with '#' written as
 * %23, or wrapped by a safe-links service as https://...?url=<percent-encoded link>&data=...
 * Each link's frame says how long it is (envelope.ts), so a link broken over lines is joined
 * exactly, and the words after it are never glued on.
 */
import { isBase64UrlChar } from './base64url';
import { declaredChars, fragmentPrefix, type LinkKind } from './envelope';

/** Percent-escapes of printable ASCII, undone a few times for links encoded twice over. */
function decodePercents(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/%([2-7][0-9A-Fa-f])/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A line break as mail and chat programs insert it in a long link, with any quote marks after. */
const BREAK = /^(?:=?\r?\n|\r)[ \t>]*/;

/** The base64url payload starting at `from`, joined across breaks up to `want` characters. */
function readPayload(text: string, from: number, want: number | null): string {
  let out = '';
  let i = from;
  while (i < text.length && (want === null || out.length < want)) {
    const c = text[i]!;
    if (isBase64UrlChar(c)) {
      out += c;
      i += 1;
      continue;
    }
    // Only a break with more of the link after it, and only when the frame says it goes on.
    const m = want === null ? null : BREAK.exec(text.slice(i, i + 40));
    if (m === null || !isBase64UrlChar(text[i + m[0].length] ?? '')) break;
    i += m[0].length;
  }
  return out;
}

/** A break the way BREAK matches one, inside a pattern. */
const GAP = '(?:=?\\r?\\n|\\r)[ \\t>]*';

/** A percent escape a hard-wrapping mail program cut in two ("%" at the end of a line, "23" on the next). */
const CUT_ESCAPE = new RegExp(`%(?:${GAP})?([0-9A-Fa-f])(?:${GAP})?([0-9A-Fa-f])`, 'g');

/**
 * Every link fragment of `kind` in `text`, as `/<kind>/<payload>` (what decodeInvitation and
 * decodeResponse take), in the order found, each once. A cut-off link is returned as found, so
 * decoding can say it is truncated.
 */
export function extractFragments(text: string, kind: LinkKind): string[] {
  const clean = decodePercents(text.replace(CUT_ESCAPE, '%$1$2'));
  const prefix = fragmentPrefix(kind);
  // "#/r/" itself may be wrapped over two lines too.
  const marker = new RegExp(
    ['#', ...prefix].map((c) => c.replace('/', '\\/')).join(`(?:${GAP})?`),
    'g',
  );
  const found: string[] = [];
  for (let m = marker.exec(clean); m !== null; m = marker.exec(clean)) {
    const start = m.index + m[0].length;
    const head = readPayload(clean, start, 8);
    const payload = readPayload(clean, start, declaredChars(head));
    if (payload.length === 0) continue;
    const fragment = prefix + payload;
    if (!found.includes(fragment)) found.push(fragment);
  }
  return found;
}
