import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { downloadText } from '../../../lib/download';
import { canShare, shareData } from '../../../lib/share';
import { editionOf, editionStatementIds, ELEMENT_IDS } from '../../../model/framework';
import { appStatementsOf } from '../../../model/workshop/collect';
import { appAddress, linkAt } from '../../../model/workshop/links/app-address';
import type { Invitation } from '../../../model/workshop/links/invitation';
import { encodeResponseLink, type LinkResponse } from '../../../model/workshop/links/response';
import type { Draft } from '../../../model/workshop/participant-draft';
import { draftProgress } from '../../../model/workshop/participant-progress';
import { setDraftStep } from '../../../state/participant-draft';
import { LinkField } from '../ShareButtons';
import { QrCode } from '../QrCode';

interface Props {
  invitation: Invitation;
  code: string;
  draft: Draft;
}

/** The participant's response as it leaves the phone: only what the edition asks, nothing else. */
function responseOf(invitation: Invitation, code: string, draft: Draft): LinkResponse {
  const full = invitation.questionnaire === 'full';
  const statements = new Set(editionStatementIds(editionOf(invitation.edition)));
  const known = new Set<string>([...ELEMENT_IDS, ...statements]);
  const keep = <V,>(m: Record<string, V>, ok: Set<string>) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => ok.has(k)));
  return {
    workshopId: invitation.workshopId,
    code,
    edition: invitation.edition,
    questionnaire: invitation.questionnaire,
    answers: full ? keep(draft.answers, statements) : {},
    quickAnswers: full ? {} : keep(draft.quickAnswers, new Set<string>(ELEMENT_IDS)),
    comments: keep(draft.comments, known),
  };
}

/**
 * The end of the participant's way: their response as a link, a QR code on screen and a file,
 * with the share sheet where the browser has one. A link over 1,000 characters (long comments)
 * is offered as a file only.
 */
export function ResponseOut({ invitation, code, draft }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [fileStatus, setFileStatus] = useState<string>('');
  const encoded = useMemo(
    () =>
      encodeResponseLink(
        responseOf(invitation, code, draft),
        invitation.secret,
        appStatementsOf,
        appAddress(window.location.href),
      ),
    [invitation, code, draft],
  );
  const progress = draftProgress(draft, invitation.questionnaire, editionOf(invitation.edition));
  const open = progress.total - progress.answered;
  if (!encoded.ok && !('fragment' in encoded)) {
    return (
      <div className="participant">
        <PageHeading>{t('workshop.response.title')}</PageHeading>
        <Notice tone="error">
          <p>{t(encoded.error)}</p>
        </Notice>
      </div>
    );
  }
  const link = encoded.ok ? encoded.link : linkAt(window.location.href, encoded.fragment);
  const fileName = `se-radar-response-${code}.txt`;
  const fileText = `${link}\n`;
  const file =
    typeof File === 'undefined' ? null : new File([fileText], fileName, { type: 'text/plain' });
  const fileSharable = file !== null && canShare({ files: [file] });

  return (
    <div className="participant">
      <p className="participant__eyebrow">
        {t('workshop.participant.answeringAs', { code, title: invitation.title })}
      </p>
      <PageHeading>{t('workshop.response.title')}</PageHeading>
      <p>{t('assess.progress.overall', { answered: progress.answered, total: progress.total })}</p>
      {open > 0 && <p>{t('workshop.response.open', { count: open })}</p>}
      <p>{t('workshop.response.send', { code })}</p>
      {encoded.ok ? (
        <>
          <section aria-labelledby={`${id}-link`} className="response-out__part">
            <h2 id={`${id}-link`}>{t('workshop.response.asLink')}</h2>
            <LinkField
              id={`${id}-input`}
              label={t('workshop.response.linkLabel')}
              link={link}
              title={invitation.title}
              copyLabel={t('workshop.response.copy')}
              shareLabel={t('workshop.response.share')}
            />
          </section>
          <section aria-labelledby={`${id}-qr`} className="response-out__part">
            <h2 id={`${id}-qr`}>{t('workshop.response.asQr')}</h2>
            <p>{t('workshop.response.qrHint')}</p>
            <div className="response-out__qr">
              <QrCode value={link} label={t('workshop.response.qrLabel', { code })} />
            </div>
          </section>
        </>
      ) : (
        <Notice tone="warning">
          <p>{t(encoded.error)}</p>
        </Notice>
      )}
      <section aria-labelledby={`${id}-file`} className="response-out__part">
        <h2 id={`${id}-file`}>{t('workshop.response.asFile')}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              downloadText(fileName, fileText, 'text/plain');
              setFileStatus(t('workshop.response.downloaded', { name: fileName }));
            }}
          >
            {t('workshop.response.download')}
          </button>
          {fileSharable && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void shareData({ files: [file], title: invitation.title }).then((outcome) =>
                  setFileStatus(outcome === 'failed' ? t('workshop.share.shareFailed') : ''),
                )
              }
            >
              {t('workshop.response.shareFile')}
            </button>
          )}
        </div>
        <p className="share-status" role="status">
          {fileStatus}
        </p>
      </section>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setDraftStep(ELEMENT_IDS.length - 1)}
        >
          {t('workshop.response.change')}
        </button>
      </p>
    </div>
  );
}
