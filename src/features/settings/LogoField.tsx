import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import { MAX_LOGO_FILE_BYTES, processLogo, type LogoError } from './logo';

interface Props {
  logo: string | null;
  onChange: (logo: string | null) => void;
}

type State =
  | { status: 'idle' }
  | { status: 'processing' }
  | { status: 'ready'; width: number; height: number; kb: number }
  | { status: 'error'; error: LogoError };

/** The logo upload: checked and converted on the spot, refused with a reason when unusable. */
export function LogoField({ logo, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'processing' });
    const result =
      file.size > MAX_LOGO_FILE_BYTES
        ? ({ ok: false, error: 'logoTooLarge' } as const)
        : await processLogo(file);
    // Clear the input so choosing the same file again is noticed.
    input.value = '';
    if (result.ok) {
      onChange(result.logo.dataUrl);
      setState({
        status: 'ready',
        width: result.logo.width,
        height: result.logo.height,
        kb: Math.max(1, Math.round(result.logo.bytes / 1024)),
      });
    } else {
      setState({ status: 'error', error: result.error });
    }
  }

  const number = (n: number) => new Intl.NumberFormat(i18n.resolvedLanguage).format(n);
  return (
    <div className="field settings-logo">
      <label htmlFor={id} className="field__label">
        {t('settings.fields.logo')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.fields.logoHint')}
      </p>
      <div className="settings-logo__current">
        {logo ? (
          <>
            <img src={logo} alt={t('settings.logo.current')} className="settings-logo__image" />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                onChange(null);
                setState({ status: 'idle' });
              }}
            >
              {t('settings.logo.remove')}
            </button>
          </>
        ) : (
          <p className="settings-logo__none">{t('settings.logo.none')}</p>
        )}
      </div>
      <input
        id={id}
        type="file"
        className="settings-logo__input"
        accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
        aria-describedby={`${id}-hint${state.status === 'error' ? ` ${id}-error` : ''}`}
        aria-invalid={state.status === 'error' ? true : undefined}
        onChange={(e) => void onFile(e)}
      />
      {state.status === 'processing' && <Notice>{t('settings.logo.processing')}</Notice>}
      {state.status === 'ready' && (
        <Notice tone="success">
          {t('settings.logo.ready', {
            width: number(state.width),
            height: number(state.height),
            size: number(state.kb),
          })}
        </Notice>
      )}
      {state.status === 'error' && (
        <div id={`${id}-error`}>
          <Notice tone="error">{t(`settings.errors.${state.error}`)}</Notice>
        </div>
      )}
    </div>
  );
}
