import { useTranslation } from '../i18n/use-translation';
import { SUPPORTED_LANGUAGES } from '../i18n/config';

/**
 * Two buttons, each named in its own language (the same text in both locale files) so a user who
 * cannot read the current language still finds theirs.
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
          {t(`language.names.${lng}`)}
        </button>
      ))}
    </div>
  );
}
