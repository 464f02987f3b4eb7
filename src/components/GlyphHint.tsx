import { useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { PLACEHOLDER, unprintable } from '../model/report-glyphs';

/**
 * Says beside a field when its text holds characters the PDF font cannot print (emoji, Chinese),
 * from the coverage table made at build time, so no font is loaded for it. Renders nothing
 * otherwise. Polite live region: it appears while the user types.
 */
export function GlyphHint({ text }: { text: string }) {
  const { t } = useTranslation('report');
  const chars = useMemo(() => unprintable(text), [text]);
  return (
    <span role="status" className="glyph-hint">
      {chars.length > 0 && t('glyphs.field', { chars: chars.join(' '), placeholder: PLACEHOLDER })}
    </span>
  );
}
