import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, type UiLanguage } from '../i18n/config';

/** Two buttons, each named in its own language so a user who cannot read the current one finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const names: Record<UiLanguage, string> = { nl: 'Nederlands', en: 'English' };
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
          {names[lng]}
        </button>
      ))}
    </div>
  );
}
