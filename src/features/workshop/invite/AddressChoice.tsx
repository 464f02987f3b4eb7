import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Notice } from '../../../components/Notice';
import { publishedAddress, type AddressProblem } from '../../../model/workshop/links/app-address';
import { savePublishedAddress } from '../../../state/published-address';

interface Props {
  /** The address the app runs at now. */
  current: string;
  problem: AddressProblem;
  /** The remembered published address, if any. */
  published: string | null;
  /** The facilitator chose to go on with the current address. */
  onKeepCurrent: () => void;
  /** Shown as "change" when an address is in use, as the full question otherwise. */
  asking: boolean;
  onAsk: () => void;
  onSaved: () => void;
}

/**
 * The question when the app runs where phones cannot reach it (localhost, a private address,
 * plain http): give the published address (remembered), or go on with this one after a warning.
 */
export function AddressChoice({
  current,
  problem,
  published,
  onKeepCurrent,
  asking,
  onAsk,
  onSaved,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(published ?? '');
  const [error, setError] = useState<string | null>(null);

  if (!asking) {
    return (
      <p className="invite-address">
        {published === null
          ? t('workshop.invite.address.usingCurrent', { address: current })
          : t('workshop.invite.address.usingPublished', { address: published })}{' '}
        <button type="button" className="button button--small button--secondary" onClick={onAsk}>
          {t('workshop.invite.address.change')}
        </button>
      </p>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = publishedAddress(text);
    if (address === null) {
      setError('workshop.invite.address.invalid');
      return;
    }
    setError(null);
    void savePublishedAddress(address).then(onSaved);
  };

  return (
    <Notice tone="warning" className="invite-address-question">
      <p>{t(`workshop.invite.address.problem.${problem}`, { address: current })}</p>
      <form className="invite-address-form" onSubmit={submit} noValidate>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-address`}>
            {t('workshop.invite.address.label')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('workshop.invite.address.hint')}
          </p>
          <input
            id={`${id}-address`}
            className="field__input"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setText(e.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field__error">
              {t(error as 'workshop.invite.address.invalid')}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('workshop.invite.address.use')}
          </button>
          <button type="button" className="button button--secondary" onClick={onKeepCurrent}>
            {t('workshop.invite.address.keep', { address: current })}
          </button>
        </div>
      </form>
    </Notice>
  );
}
