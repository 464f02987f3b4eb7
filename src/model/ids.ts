/**
 * Ids for assessments, participants and actions. Every id matches the schema's id pattern
 * /^[A-Za-z0-9_-]+$/ so it can sit in a URL, a file name and a record key unescaped.
 */

/** The one piece of Web Crypto ids need, typed here because src/model is built without the DOM lib. */
export interface RandomSource {
  /** Fills `array` in place with random bytes (Web Crypto's signature, narrowed to what ids use). */
  getRandomValues(array: Uint8Array<ArrayBuffer>): unknown;
}

// 64 symbols: a byte masked to 6 bits picks one without bias (256 is a multiple of 64).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const RANDOM_CHARS = 16; // 96 bits: collisions are out of the question for a browser's library
const PREFIX_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * A fresh random id from `random` (Web Crypto in the app: src/lib/ids.ts passes it in, so the
 * model reads no browser global), e.g. `makeId(crypto, 'act')` -> 'act-Xq3_b9LmA0-zT2kR'.
 * @param prefix optional readable prefix (letters, digits, '_' or '-', at most 40); joined with '-'.
 * @throws on a prefix outside the id alphabet (a programming error).
 */
export function makeId(random: RandomSource, prefix?: string): string {
  if (prefix !== undefined && !PREFIX_PATTERN.test(prefix)) {
    throw new Error(`Invalid id prefix: ${JSON.stringify(prefix)}`);
  }
  const bytes = new Uint8Array(RANDOM_CHARS);
  random.getRandomValues(bytes);
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte & 63];
  return prefix === undefined ? body : `${prefix}-${body}`;
}

/**
 * A deterministic 64-bit hash of a text as 16 hex digits (two FNV-1a 32-bit passes with different
 * offsets). Not cryptographic: it names migrated data so that restoring the same input twice gives
 * the same id, which keeps restore a pure function.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
