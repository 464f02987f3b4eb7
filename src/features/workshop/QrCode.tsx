import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { qrMatrix } from './qr-matrix';

interface QrCodeProps {
  /** The text to encode, usually a whole link. */
  value: string;
  /** What the code is for, in the UI language, e.g. "invitation for Management". */
  label: string;
  /** Refuse codes above this version (15 for a projected invitation). */
  maxVersion?: number;
}

/**
 * A QR code as an SVG image whose accessible name says "QR code" and what it is for. Black on
 * a white quiet zone of its own, so it scans in dark mode and on a projector alike. It fills
 * its container's width (height from the viewBox), so the page around it decides its size, and
 * it needs no stylesheet of its own.
 */
export function QrCode({ value, label, maxVersion }: QrCodeProps) {
  const { t } = useTranslation();
  const qr = useMemo(() => qrMatrix(value, maxVersion), [value, maxVersion]);
  if (qr === null) return <p role="alert">{t('workshop.qr.tooLong')}</p>;
  return (
    <svg
      className="qr-code"
      width="100%"
      role="img"
      aria-label={t('workshop.qr.label', { what: label })}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      data-qr-version={qr.version}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
