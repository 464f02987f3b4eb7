import { describe, expect, it } from 'vitest';
import {
  MAX_LOGO_FILE_BYTES,
  processLogo,
  sniffImage,
  svgSize,
} from '../../../src/features/settings/logo';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('reading the image type from the first bytes', () => {
  it('knows PNG, JPEG and SVG by their content, not their name', () => {
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('png');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))).toBe('jpeg');
    expect(sniffImage(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(
      sniffImage(
        text(
          '\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"></svg>',
        ),
      ),
    ).toBe('svg');
  });

  it('refuses anything else', () => {
    expect(sniffImage(text('GIF89a...'))).toBeNull();
    expect(sniffImage(text('<html><svg></svg></html>'))).toBeNull();
    expect(sniffImage(text('%PDF-1.7'))).toBeNull();
    expect(sniffImage(bytes())).toBeNull();
  });

  it('reads an SVG size from width and height, else from the viewBox', () => {
    expect(svgSize('<svg width="120px" height="40" viewBox="0 0 1 1">')).toEqual({
      width: 120,
      height: 40,
    });
    expect(svgSize('<svg viewBox="0 0 200 80">')).toEqual({ width: 200, height: 80 });
    expect(svgSize('<svg>')).toBeNull();
  });
});

describe('processLogo', () => {
  it('refuses a file over 1 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_LOGO_FILE_BYTES + 1)]);
    expect(await processLogo(big)).toEqual({ ok: false, error: 'logoTooLarge' });
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const file = new File(['just some text'], 'logo.png', { type: 'image/png' });
    expect(await processLogo(file)).toEqual({ ok: false, error: 'logoType' });
  });

  it('refuses a PNG whose header claims an absurd size', async () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 50_000);
    new DataView(png.buffer).setUint32(20, 50_000);
    expect(await processLogo(new Blob([png]))).toEqual({ ok: false, error: 'logoTooBig' });
  });
});
