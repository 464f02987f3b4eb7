/**
 * The per-workshop secret: 16 random bytes (128 bits), written as 22 base64url characters. Only
 * the invitation carries it; it keys the integrity tag of every link of the workshop.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';

export const SECRET_BYTES = 16;

/**
 * A fresh secret from `randomBytes` (the caller passes crypto.getRandomValues-backed bytes: the
 * model takes its randomness as a parameter to stay pure and testable).
 * @throws when randomBytes gives the wrong number of bytes (a programming error).
 */
export function makeSecret(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(SECRET_BYTES);
  if (bytes.length !== SECRET_BYTES) throw new Error(`randomBytes gave ${bytes.length} bytes`);
  return encodeBase64Url(bytes);
}

/** The secret's bytes, or null when `secret` is not a secret as makeSecret writes it. */
export function secretBytes(secret: string): Uint8Array | null {
  const bytes = decodeBase64Url(secret);
  return bytes !== null && bytes.length === SECRET_BYTES ? bytes : null;
}
