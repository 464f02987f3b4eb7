import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import {
  contrastOnWhite,
  isHexColour,
  MIN_CONTRAST,
  nearestPassingColour,
  ratioText,
} from './contrast';

interface Props {
  value: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  onPick: (colour: string) => void;
}

/**
 * The accent colour as a colour picker and as hex text (both edit the same value), with the
 * contrast against white shown live and, when it is too low, the nearest darker colour offered.
 */
export function AccentColourField({ value, registration, error, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.resolvedLanguage ?? 'en';
  const valid = isHexColour(value);
  const ratio = valid ? contrastOnWhite(value) : null;
  const tooLow = ratio !== null && ratio < MIN_CONTRAST;
  const suggestion = tooLow ? nearestPassingColour(value) : null;
  const errorText =
    error?.message && !(tooLow && error.message === 'settings.errors.lowContrast')
      ? t(error.message as 'settings.errors.colourFormat')
      : null;
  const describedBy = [`${id}-hint`, `${id}-status`, errorText ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className={`field settings-colour${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{t('settings.fields.accentColor')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.fields.accentColorHint')}
      </p>
      <div className="settings-colour__inputs">
        <label htmlFor={`${id}-picker`} className="visually-hidden">
          {t('settings.fields.accentColor')}
        </label>
        <input
          id={`${id}-picker`}
          type="color"
          className="settings-colour__picker"
          value={valid ? value.toLowerCase() : '#000000'}
          aria-describedby={describedBy}
          onChange={(e) => onPick(e.currentTarget.value)}
        />
        <div className="settings-colour__text">
          <label htmlFor={`${id}-hex`} className="field__label settings-colour__hex-label">
            {t('settings.fields.accentColorText')}
          </label>
          <input
            id={`${id}-hex`}
            className="field__input settings-colour__hex"
            spellCheck={false}
            autoComplete="off"
            maxLength={7}
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...registration}
          />
        </div>
      </div>
      <div id={`${id}-status`} aria-live="polite">
        {ratio !== null && !tooLow && (
          <p className="settings-colour__ratio">
            {t('settings.contrast.ratio', { ratio: ratioText(ratio, lang) })}
          </p>
        )}
        {tooLow && (
          <Notice tone="warning">
            <p>{t('settings.contrast.tooLow', { ratio: ratioText(ratio, lang) })}</p>
            {suggestion ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onPick(suggestion)}
              >
                {t('settings.contrast.suggest', {
                  colour: suggestion,
                  ratio: ratioText(contrastOnWhite(suggestion), lang),
                })}
              </button>
            ) : (
              <p>{t('settings.contrast.noSuggestion')}</p>
            )}
          </Notice>
        )}
      </div>
      {errorText && (
        <p id={`${id}-error`} className="field__error">
          {errorText}
        </p>
      )}
    </fieldset>
  );
}
