/**
 * A byte writer and a bounds-checked byte reader for the link formats: unsigned LEB128 varints,
 * length-prefixed UTF-8 strings, and values packed a few bits each. The reader never throws: any
 * read past the end or of a non-canonical value marks it failed, and the caller refuses the link.
 */
import { utf8Bytes, utf8Text } from './utf8';

export class ByteWriter {
  private readonly chunks: number[] = [];

  byte(value: number): this {
    this.chunks.push(value & 0xff);
    return this;
  }

  varint(value: number): this {
    let v = value;
    while (v >= 0x80) {
      this.chunks.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.chunks.push(v);
    return this;
  }

  bytes(bytes: Uint8Array): this {
    for (const b of bytes) this.chunks.push(b);
    return this;
  }

  /** A varint byte count, then the text's UTF-8 bytes. */
  string(text: string): this {
    const bytes = utf8Bytes(text);
    return this.varint(bytes.length).bytes(bytes);
  }

  /** Values of `width` bits each, most significant first, the last byte padded with zero bits. */
  packed(values: readonly number[], width: number): this {
    let buffer = 0;
    let bits = 0;
    for (const v of values) {
      buffer = (buffer << width) | v;
      bits += width;
      while (bits >= 8) {
        bits -= 8;
        this.chunks.push((buffer >> bits) & 0xff);
      }
      buffer &= (1 << bits) - 1;
    }
    if (bits > 0) this.chunks.push((buffer << (8 - bits)) & 0xff);
    return this;
  }

  get length(): number {
    return this.chunks.length;
  }

  result(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

/** How many bytes varint(value) writes. */
export function varintLength(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) n += 1;
  return n;
}

export class ByteReader {
  private pos = 0;
  /** Set by the first read that failed; every later read fails too. */
  failed = false;

  constructor(private readonly data: Uint8Array) {}

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.data.length - this.pos;
  }

  private fail(): null {
    this.failed = true;
    return null;
  }

  byte(): number | null {
    if (this.failed || this.pos >= this.data.length) return this.fail();
    return this.data[this.pos++]!;
  }

  /** A canonical varint of at most 4 bytes (no needless trailing zero group). */
  varint(): number | null {
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const b = this.byte();
      if (b === null) return null;
      value += (b & 0x7f) * 128 ** i;
      if ((b & 0x80) === 0) return i > 0 && b === 0 ? this.fail() : value;
    }
    return this.fail();
  }

  bytes(n: number): Uint8Array | null {
    if (this.failed || n < 0 || n > this.remaining) return this.fail();
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A string as ByteWriter.string wrote it, at most `maxBytes` long. */
  string(maxBytes: number): string | null {
    const n = this.varint();
    if (n === null || n > maxBytes) return this.fail();
    const bytes = this.bytes(n);
    if (bytes === null) return null;
    const text = utf8Text(bytes);
    return text === null ? this.fail() : text;
  }

  /** `count` values of `width` bits as ByteWriter.packed wrote them; padding bits must be zero. */
  packed(count: number, width: number): number[] | null {
    const bytes = this.bytes(Math.ceil((count * width) / 8));
    if (bytes === null) return null;
    const values: number[] = [];
    let buffer = 0;
    let bits = 0;
    let i = 0;
    while (values.length < count) {
      while (bits < width) {
        buffer = ((buffer << 8) | bytes[i++]!) & 0xffff;
        bits += 8;
      }
      bits -= width;
      values.push((buffer >> bits) & ((1 << width) - 1));
    }
    if ((buffer & ((1 << bits) - 1)) !== 0) return this.fail();
    return values;
  }
}
