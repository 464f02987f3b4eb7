/**
 * A logo upload made safe for storage and for jsPDF: the file type is read from its first bytes
 * (not from the name or the browser's guess), the image is decoded by the browser, drawn onto a
 * canvas of at most 600 px on its long side (an SVG is drawn as vector at that size) and kept as
 * a PNG data URL of at most about 200 KB.
 */

export const MAX_LOGO_FILE_BYTES = 1024 * 1024;
export const MAX_LOGO_SIDE = 600;
export const MAX_LOGO_PNG_BYTES = 200 * 1024;
/** Refuse decompression bombs before decoding: 40 megapixels is far beyond any logo. */
const MAX_PIXELS = 40_000_000;
const MIN_SIDE = 48;

export type LogoKind = 'png' | 'jpeg' | 'svg';
/** i18n keys under settings.errors. */
export type LogoError = 'logoType' | 'logoTooLarge' | 'logoCorrupt' | 'logoTooBig';

export interface ProcessedLogo {
  dataUrl: string;
  width: number;
  height: number;
  bytes: number;
}

export type LogoResult = { ok: true; logo: ProcessedLogo } | { ok: false; error: LogoError };

const MIME: Record<LogoKind, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** The image type from the file's first bytes: PNG and JPEG signatures, or SVG markup. */
export function sniffImage(bytes: Uint8Array): LogoKind | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  // Markup that opens (after an XML declaration, comments or a doctype) with an <svg> element.
  const rest = head
    .trimStart()
    .replace(/^<\?xml[\s\S]*?\?>/, '')
    .replace(/^(\s*<!--[\s\S]*?-->)+/, '')
    .replace(/^\s*<!DOCTYPE[^>]*>/i, '')
    .replace(/^(\s*<!--[\s\S]*?-->)+/, '')
    .trimStart();
  return /^<svg[\s>]/i.test(rest) ? 'svg' : null;
}

/** Width and height from a PNG's IHDR chunk, to refuse huge images before decoding them. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size an SVG asks for (width/height attributes, else its viewBox), for its aspect ratio. */
export function svgSize(text: string): { width: number; height: number } | null {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return null;
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`, 'i').exec(tag)?.[1];
  const w = Number(attr('width'));
  const h = Number(attr('height'));
  if (w > 0 && h > 0) return { width: w, height: h };
  const vb = /\sviewBox\s*=\s*["']([^"']+)["']/i
    .exec(tag)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb && vb.length === 4 && vb[2]! > 0 && vb[3]! > 0) return { width: vb[2]!, height: vb[3]! };
  return null;
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

async function decode(bytes: Uint8Array, kind: LogoKind): Promise<Decoded> {
  const blob = new Blob([bytes as BlobPart], { type: MIME[kind] });
  if (kind !== 'svg' && typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(blob);
    return {
      source: bitmap,
      width: bitmap.width,
      height: bitmap.height,
      release: () => bitmap.close(),
    };
  }
  // SVG goes through <img> (createImageBitmap does not take SVG); as an image it runs no script
  // and loads nothing external.
  const url = URL.createObjectURL(blob);
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  try {
    await img.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  let width = img.naturalWidth;
  let height = img.naturalHeight;
  if (kind === 'svg') {
    const size = svgSize(new TextDecoder().decode(bytes));
    if (size) ({ width, height } = size);
    if (!width || !height) [width, height] = [MAX_LOGO_SIDE, MAX_LOGO_SIDE / 2];
  }
  return { source: img, width, height, release: () => URL.revokeObjectURL(url) };
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'),
  );
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Turns an uploaded file into the stored logo, or says why it is refused: not a PNG, JPEG or
 * SVG (by content); over 1 MB; not decodable; or still over 200 KB at the smallest size tried.
 */
export async function processLogo(file: Blob): Promise<LogoResult> {
  if (file.size > MAX_LOGO_FILE_BYTES) return { ok: false, error: 'logoTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, error: 'logoType' };
  if (kind === 'png') {
    const size = pngSize(bytes);
    if (!size || size.width === 0 || size.height === 0) return { ok: false, error: 'logoCorrupt' };
    if (size.width * size.height > MAX_PIXELS) return { ok: false, error: 'logoTooBig' };
  }
  let decoded: Decoded;
  try {
    decoded = await decode(bytes, kind);
  } catch {
    return { ok: false, error: 'logoCorrupt' };
  }
  try {
    if (!decoded.width || !decoded.height) return { ok: false, error: 'logoCorrupt' };
    // Raster images are only ever made smaller; a vector SVG is drawn at the full 600 px.
    const fit = MAX_LOGO_SIDE / Math.max(decoded.width, decoded.height);
    let scale = kind === 'svg' ? fit : Math.min(1, fit);
    const canvas = document.createElement('canvas');
    for (;;) {
      const width = Math.max(1, Math.round(decoded.width * scale));
      const height = Math.max(1, Math.round(decoded.height * scale));
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return { ok: false, error: 'logoCorrupt' };
      ctx.clearRect(0, 0, width, height);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(decoded.source, 0, 0, width, height);
      const png = await toPng(canvas);
      if (png.size <= MAX_LOGO_PNG_BYTES) {
        return {
          ok: true,
          logo: { dataUrl: await toDataUrl(png), width, height, bytes: png.size },
        };
      }
      if (Math.max(width, height) <= MIN_SIDE) return { ok: false, error: 'logoTooBig' };
      scale *= 0.8;
    }
  } catch {
    return { ok: false, error: 'logoCorrupt' };
  } finally {
    decoded.release();
  }
}
