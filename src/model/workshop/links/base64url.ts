/**
 * Base64url without padding (RFC 4648 section 5): A-Z a-z 0-9 - _, the alphabet that survives a
 * URL fragment, mail, chat and a QR code's byte mode unescaped. Decoding is strict, so that one
 * text has one meaning: an impossible length or non-zero padding bits are refused, and with them
 * every change of the last character that would otherwise decode to the same bytes.
 */

export const BASE64URL_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUE = new Map([...BASE64URL_ALPHABET].map((c, i) => [c, i] as const));

/** Is `c` one character of the alphabet? */
export function isBase64UrlChar(c: string): boolean {
  return VALUE.has(c);
}

/** How many characters `bytes` bytes take: 4 per 3 bytes, rounded up. */
export function base64UrlLength(bytes: number): number {
  return Math.ceil((bytes * 8) / 6);
}

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL_ALPHABET[(buffer >> bits) & 63];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE64URL_ALPHABET[(buffer << (6 - bits)) & 63];
  return out;
}

/**
 * The bytes of a strict base64url text, or null when it is not one. With `partial`, a text cut
 * anywhere gives the whole bytes it holds (used to read a link's header before it is complete).
 */
export function decodeBase64Url(text: string, partial = false): Uint8Array | null {
  if (!partial && text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const c of text) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    buffer = ((buffer << 6) | v) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  if (!partial && (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
