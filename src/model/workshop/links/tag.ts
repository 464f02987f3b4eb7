/**
 * The integrity tag of a link: HMAC-SHA256 keyed by the workshop's secret, truncated to 64 bits.
 * @noble/hashes computes it the same everywhere, also on a plain-http address where WebCrypto's
 * subtle API is missing (a participant's phone on the facilitator's local network).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8Bytes } from './utf8';

/** 8 bytes: a forger's chance per try is 2^-64. */
export const TAG_BYTES = 8;

/** The tag of `data` for a link of `kind`; the kind is mixed in so one kind never passes as another. */
export function linkTag(kind: string, secret: Uint8Array, data: Uint8Array): Uint8Array {
  const domain = utf8Bytes(`se-radar/${kind}/`);
  const message = new Uint8Array(domain.length + data.length);
  message.set(domain);
  message.set(data, domain.length);
  return hmac(sha256, secret, message).subarray(0, TAG_BYTES);
}

/** Compares every byte, so the time taken does not say where a forged tag first went wrong. */
export function sameTag(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
