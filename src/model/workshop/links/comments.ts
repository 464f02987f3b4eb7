/**
 * The comments section of a response: varint count, then per comment a varint target (an index
 * into the nine elements followed by the edition's statements) and its text. Deflated with
 * fflate only when that makes it shorter: short comments grow under compression.
 */
import { deflateSync, inflateSync } from 'fflate';
import { ByteReader, ByteWriter } from './bytes';

/** Longest comment, in UTF-8 bytes, and most comments, in a response. */
export const MAX_COMMENT_BYTES = 20_000;
const MAX_COMMENTS = 1_000;
/** Far above any real response; a guard on what a forged stream could inflate to. */
const MAX_INFLATED = 1_000_000;

/** The comments as bytes, and whether they are deflated. */
export function packComments(comments: readonly { target: number; text: string }[]): {
  bytes: Uint8Array;
  deflated: boolean;
} {
  const w = new ByteWriter().varint(comments.length);
  for (const c of comments) w.varint(c.target).string(c.text);
  const plain = w.result();
  const deflated = deflateSync(plain, { level: 9 });
  return deflated.length < plain.length
    ? { bytes: deflated, deflated: true }
    : { bytes: plain, deflated: false };
}

/**
 * The comments of a section, targets ascending and each below `targets`; null when the section
 * is not one that packComments wrote.
 */
export function unpackComments(
  bytes: Uint8Array,
  deflated: boolean,
  targets: number,
): { target: number; text: string }[] | null {
  let plain = bytes;
  if (deflated) {
    try {
      plain = inflateSync(bytes);
    } catch {
      return null;
    }
    if (plain.length > MAX_INFLATED) return null;
    // A deflated section must be shorter than its plain form, or the encoder would not have used it.
    if (bytes.length >= plain.length) return null;
  }
  const r = new ByteReader(plain);
  const count = r.varint();
  if (count === null || count > MAX_COMMENTS) return null;
  const out: { target: number; text: string }[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const target = r.varint();
    const text = r.string(MAX_COMMENT_BYTES);
    if (target === null || text === null || target <= previous || target >= targets) return null;
    previous = target;
    out.push({ target, text });
  }
  return r.remaining === 0 ? out : null;
}
