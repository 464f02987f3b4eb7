import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { canShare, copyText, shareData } from '../../lib/share';
import './links.css';

interface Props {
  /** The link to copy or share. */
  link: string;
  /** The share sheet's title, e.g. the workshop's title. */
  title: string;
  /** What the copy button copies, for its accessible name ("Copy the invitation for Management"). */
  copyLabel: string;
  shareLabel: string;
}

/** Copy (always) and share (where the browser has a share sheet), with the outcome announced. */
export function ShareButtons({ link, title, copyLabel, shareLabel }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'copied' | 'copyFailed' | 'shareFailed' | null>(null);
  const sharable = canShare({ title, url: link });
  const copy = async () => setStatus((await copyText(link)) ? 'copied' : 'copyFailed');
  const share = async () => {
    const outcome = await shareData({ title, url: link });
    setStatus(outcome === 'failed' ? 'shareFailed' : null);
  };
  return (
    <>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
        {sharable && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {shareLabel}
          </button>
        )}
      </div>
      <p className="share-status" role="status">
        {status === null ? '' : t(`workshop.share.${status}`)}
      </p>
    </>
  );
}

/**
 * A link shown in a read-only field (selected on focus, so it can be copied by hand) with the copy
 * and share buttons beneath: the invitation and the response both offer their link this way.
 */
export function LinkField({ id, label, ...share }: Props & { id: string; label: string }) {
  return (
    <>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input link-text"
        readOnly
        value={share.link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <ShareButtons {...share} />
    </>
  );
}
