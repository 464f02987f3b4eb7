/**
 * The frame every link has, in every format version, forever: the fragment `/<kind>/<base64url>`
 * whose bytes are [format version][varint n][n bytes: body, then the 8-byte tag]. Because the
 * version and the length come first in every version, any app can tell "newer" from "garbled"
 * and "truncated", and the extractor knows where a link wrapped by a mail program ends.
 */
import { base64UrlLength, decodeBase64Url, encodeBase64Url, isBase64UrlChar } from './base64url';
import { ByteReader, ByteWriter, varintLength } from './bytes';
import { LINK_ERRORS, refuse, type Refusal } from './errors';
import { TAG_BYTES, linkTag, sameTag } from './tag';

/** 'i' invitation, 'r' response. */
export type LinkKind = 'i' | 'r';

export function fragmentPrefix(kind: LinkKind): string {
  return `/${kind}/`;
}

/** The fragment (without '#') of a body sealed with its version and tag. */
export function sealFragment(
  kind: LinkKind,
  version: number,
  body: Uint8Array,
  secret: Uint8Array,
): string {
  const head = new ByteWriter()
    .byte(version)
    .varint(body.length + TAG_BYTES)
    .bytes(body)
    .result();
  const tag = linkTag(kind, secret, head);
  const all = new Uint8Array(head.length + TAG_BYTES);
  all.set(head);
  all.set(tag, head.length);
  return fragmentPrefix(kind) + encodeBase64Url(all);
}

/** A fragment whose frame is whole: its version and body, and what the tag must cover. */
export interface OpenedFragment {
  version: number;
  body: Uint8Array;
  /** Everything before the tag. */
  signed: Uint8Array;
  tag: Uint8Array;
}

/**
 * How many base64url characters a link of this kind takes in all, read from its first few
 * characters; null when they do not say (too few, or not a frame).
 */
export function declaredChars(payload: string): number | null {
  const head = decodeBase64Url(payload.slice(0, 8), true);
  if (head === null) return null;
  const reader = new ByteReader(head);
  const version = reader.byte();
  const n = reader.varint();
  if (version === null || n === null) return null;
  return base64UrlLength(1 + varintLength(n) + n);
}

/**
 * Opens a fragment's frame (a leading '#' is allowed). Refuses, by cause: another kind of text
 * (foreign), a cut-off frame (truncated), extra or impossible characters (garbled), a version
 * above `newest` (newerVersion). The tag is checked by the caller, who knows the secret.
 */
export function openFragment(
  kind: LinkKind,
  fragment: string,
  newest: number,
): ({ ok: true } & OpenedFragment) | Refusal {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const prefix = fragmentPrefix(kind);
  if (!text.startsWith(prefix)) return refuse(LINK_ERRORS.foreign);
  const payload = text.slice(prefix.length);
  if (payload.length === 0) return refuse(LINK_ERRORS.truncated);
  if (![...payload].every(isBase64UrlChar)) return refuse(LINK_ERRORS.garbled);
  const head = decodeBase64Url(payload, true)!;
  const reader = new ByteReader(head);
  const version = reader.byte();
  const n = reader.varint();
  if (version === null || n === null) {
    // The varint reader fails on both a cut and a non-canonical value; only a cut has no end byte.
    return head.length < 5 && head.subarray(1).every((b) => b >= 0x80)
      ? refuse(LINK_ERRORS.truncated)
      : refuse(LINK_ERRORS.garbled);
  }
  if (version === 0 || n < TAG_BYTES) return refuse(LINK_ERRORS.garbled);
  const expected = base64UrlLength(reader.offset + n);
  if (payload.length < expected) return refuse(LINK_ERRORS.truncated);
  if (payload.length > expected) return refuse(LINK_ERRORS.garbled);
  if (version > newest) return refuse(LINK_ERRORS.newerVersion);
  const all = decodeBase64Url(payload);
  if (all === null) return refuse(LINK_ERRORS.garbled);
  const tagAt = all.length - TAG_BYTES;
  return {
    ok: true,
    version,
    body: all.subarray(reader.offset, tagAt),
    signed: all.subarray(0, tagAt),
    tag: all.subarray(tagAt),
  };
}

/** Does the opened fragment's tag match the secret? */
export function tagMatches(kind: LinkKind, opened: OpenedFragment, secret: Uint8Array): boolean {
  return sameTag(linkTag(kind, secret, opened.signed), opened.tag);
}
