import { useTranslation } from '../../i18n/use-translation';
import { isHexColour } from './contrast';

interface Props {
  accentColor: string;
  logo: string | null;
  consultantName: string;
  company: string;
}

/**
 * A small picture of the report's cover in the chosen colours. It is an SVG so the colour can be
 * set as a presentation attribute: the Content-Security-Policy forbids inline styles.
 */
export function CoverPreview({ accentColor, logo, consultantName, company }: Props) {
  const { t } = useTranslation();
  const accent = isHexColour(accentColor) ? accentColor : '#1d4e89';
  const prepared = [consultantName, company].map((s) => s.trim()).filter(Boolean);
  return (
    <figure className="cover-preview">
      <figcaption className="cover-preview__caption">{t('settings.preview.heading')}</figcaption>
      <svg
        className="cover-preview__page"
        viewBox="0 0 210 297"
        role="img"
        aria-label={t('settings.preview.heading')}
      >
        <rect x="0" y="0" width="210" height="297" fill="#ffffff" />
        <rect x="0" y="0" width="210" height="10" fill={accent} />
        {logo && (
          <image
            href={logo}
            x="130"
            y="22"
            width="60"
            height="28"
            preserveAspectRatio="xMaxYMid meet"
          />
        )}
        <rect x="20" y="88" width="2.2" height="34" fill={accent} />
        <text x="26" y="100" fontSize="13" fontWeight="700" fill={accent}>
          {t('settings.preview.title')}
        </text>
        <text x="26" y="116" fontSize="8" fontWeight="700" fill="#4b5563">
          {t('settings.preview.organisation')}
        </text>
        <rect x="20" y="160" width="170" height="40" fill={accent} fillOpacity="0.08" />
        <rect x="20" y="160" width="0.8" height="40" fill={accent} />
        {prepared.length > 0 && (
          <>
            <text x="20" y="240" fontSize="6" fontWeight="700" fill={accent}>
              {t('settings.preview.preparedBy')}
            </text>
            {prepared.map((line, i) => (
              <text key={i} x="20" y={249 + i * 8} fontSize="7" fill="#1f2933">
                {line}
              </text>
            ))}
          </>
        )}
        <line x1="20" y1="270" x2="190" y2="270" stroke={accent} strokeOpacity="0.3" />
      </svg>
    </figure>
  );
}
