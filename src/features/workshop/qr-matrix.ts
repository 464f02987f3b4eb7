/**
 * A QR code as one SVG path, from uqr (a port of Project Nayuki's well-tested encoder; no
 * hand-made QR code here). Error correction M keeps a projected or phone-shown code readable when
 * part of it is glared or creased; a 4-module quiet zone is what scanners expect.
 */
import { encode } from 'uqr';

export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** QR version 1 to 40: 15 or below keeps an invitation easy to scan from a projector. */
  version: number;
  /** Modules per side, quiet zone included. */
  size: number;
  /** The dark modules, one `M x,y h w v1 h-w z` rectangle per horizontal run. */
  path: string;
}

/** The QR code of `text` at error correction M, or null when it needs more than `maxVersion`. */
export function qrMatrix(text: string, maxVersion = 40): QrMatrix | null {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'M', border: QR_QUIET_ZONE, maxVersion });
  } catch {
    return null;
  }
  let path = '';
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x},${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { version: qr.version, size: qr.size, path };
}
