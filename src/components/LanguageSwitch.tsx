import { useTranslation } from '../i18n/use-translation';
import { SUPPORTED_LANGUAGES } from '../i18n/config';

/**
 * Two buttons, each named in its own language (the same text in both locale files) so a user who
 * cannot read the current language still finds theirs. On a phone they show the short code (NL,
 * EN), with the name kept for screen readers: the visible code starts the accessible name ("NL
 * Nederlands"), so voice control finds the button by what it shows (WCAG 2.5.3).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switch" role="group" aria-label={t('language.switchLabel')}>
      {SUPPORTED_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switch__button"
          aria-pressed={current === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {/* A phone shows the short code; the name stays in the button's accessible name. */}
          <span className="language-switch__code">{t(`language.codes.${lng}`)}</span>{' '}
          <span className="language-switch__name">{t(`language.names.${lng}`)}</span>
        </button>
      ))}
    </div>
  );
}
