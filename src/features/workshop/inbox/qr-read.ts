/**
 * Reading a participant's response QR code, with jsQR (pure JavaScript: no wasm, no eval, no
 * CDN). It is its own chunk, fetched only when the facilitator asks to scan or to read a picture.
 */

/** The longest side a picture is scaled down to before it is searched: enough for a phone photo. */
const MAX_SIDE = 1600;

export type QrReader = (image: ImageData, thorough: boolean) => string | null;

/** Loads jsQR; `thorough` also looks for a light-on-dark code (slower, for a single picture). */
export async function loadQrReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  return (image, thorough) =>
    jsQR(image.data, image.width, image.height, {
      inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
    })?.data ?? null;
}

/** The pixels of a drawable (a decoded picture, a video frame), at most MAX_SIDE on its longer side. */
export function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): ImageData | null {
  if (width === 0 || height === 0) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Why reading a picture gave nothing: it is no picture the browser can decode, or has no QR code. */
export type PictureOutcome =
  { ok: true; text: string } | { ok: false; problem: 'unreadable' | 'noCode' };

/** Reads the QR code in a picture file (PNG, JPEG, ... whatever the browser decodes). */
export async function readQrPicture(file: Blob): Promise<PictureOutcome> {
  const [read, bitmap] = await Promise.all([
    loadQrReader(),
    // Browsers without createImageBitmap (and jsdom) cannot decode a picture here at all.
    typeof createImageBitmap === 'function' ? createImageBitmap(file).catch(() => null) : null,
  ]);
  if (!bitmap) return { ok: false, problem: 'unreadable' };
  const pixels = pixelsOf(bitmap, bitmap.width, bitmap.height);
  bitmap.close();
  const text = pixels ? read(pixels, true) : null;
  return text === null ? { ok: false, problem: 'noCode' } : { ok: true, text };
}

/** What went wrong with the camera, as the user can act on it. */
export type CameraProblem = 'unavailable' | 'denied' | 'noCamera' | 'busy' | 'failed';

/** The camera problem of a getUserMedia refusal (DOMException names per the Media Capture spec). */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

/** Has this page a way to ask for the camera at all (a secure context with mediaDevices)? */
export function cameraAvailable(): boolean {
  return (
    typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}
