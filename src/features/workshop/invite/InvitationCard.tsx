import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { QrCode } from '../QrCode';
import { LinkField } from '../ShareButtons';

interface Props {
  title: string;
  groupName: string;
  codes: readonly string[];
  /** The whole invitation link, or null when it could not be made (error says why). */
  link: string | null;
  error: string | null;
  titleShortened: boolean;
}

/** One group's invitation: its codes, the QR code, the link to copy or share. */
export function InvitationCard({ title, groupName, codes, link, error, titleShortened }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <article className="invite-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="invite-card__title">
        {groupName}
      </h3>
      <p className="invite-card__codes">
        {t('workshop.invite.codes', { count: codes.length, codes: codes.join(', ') })}
      </p>
      {link === null ? (
        <p role="alert" className="field__error">
          {error === null ? '' : t(error as 'workshop.links.errors.invalid')}
        </p>
      ) : (
        <>
          <div className="invite-card__qr">
            <QrCode
              value={link}
              label={t('workshop.invite.qrFor', { group: groupName })}
              maxVersion={15}
            />
          </div>
          {titleShortened && <p className="field__hint">{t('workshop.invite.titleShortened')}</p>}
          <LinkField
            id={`${id}-link`}
            label={t('workshop.invite.linkLabel', { group: groupName })}
            link={link}
            title={title}
            copyLabel={t('workshop.invite.copy')}
            shareLabel={t('workshop.invite.share')}
          />
        </>
      )}
    </article>
  );
}
