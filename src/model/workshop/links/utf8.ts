/**
 * UTF-8 through the platform's TextEncoder and TextDecoder (in every browser and in Node), typed
 * here because src/model is built without the DOM lib. Decoding is fatal: bytes that are not
 * UTF-8 are refused, never turned into replacement characters.
 */

interface Utf8Globals {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean },
  ) => { decode(bytes: Uint8Array): string };
}

// TextEncoder and TextDecoder are in every JavaScript runtime (browser and Node), not browser state.
// eslint-disable-next-line no-restricted-globals
const platform = globalThis as unknown as Utf8Globals;
const encoder = new platform.TextEncoder();
const decoder = new platform.TextDecoder('utf-8', { fatal: true });

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 bytes, or null when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
