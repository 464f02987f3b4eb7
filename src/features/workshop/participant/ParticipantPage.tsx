import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { isEdition } from '../../../model/framework';
import { decodeInvitation, type Invitation } from '../../../model/workshop/links/invitation';
import { LINK_ERRORS } from '../../../model/workshop/links/errors';
import { emptyDraft } from '../../../model/workshop/participant-draft';
import { loadParticipantDraft, useParticipantDraft } from '../../../state/participant-draft';
import { CodePicker } from './CodePicker';
import { ParticipantQuestions } from './ParticipantQuestions';
import { ResponseOut } from './ResponseOut';
import './participant.css';

/**
 * A participant's way in (#/i/<invitation>): the invitation is checked, then they pick their
 * code, answer on their own device, and get their response to send back. Nothing leaves the
 * device but what they send themselves.
 */
export function ParticipantPage({ fragment }: { fragment: string }) {
  const decoded = useMemo(
    () => decodeInvitation(fragment, { knowsEdition: isEdition }),
    [fragment],
  );
  if (!decoded.ok) return <InvitationRefused error={decoded.error} />;
  return <ParticipantWorkshop invitation={decoded.invitation} />;
}

function InvitationRefused({ error }: { error: string }) {
  const { t } = useTranslation();
  const message =
    error === LINK_ERRORS.foreign
      ? t('workshop.participant.notAnInvitation')
      : t(error as 'workshop.links.errors.garbled');
  return (
    <div className="participant">
      <PageHeading>{t('workshop.participant.refusedTitle')}</PageHeading>
      <Notice tone="error">
        <p>{message}</p>
      </Notice>
      {error === LINK_ERRORS.newerVersion ? (
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('workshop.participant.reload')}
          </button>
        </p>
      ) : (
        <p>{t('workshop.participant.askAgain')}</p>
      )}
    </div>
  );
}

function ParticipantWorkshop({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { workshopId, status, record } = useParticipantDraft();
  useEffect(() => {
    void loadParticipantDraft(invitation.workshopId);
  }, [invitation.workshopId]);
  if (workshopId !== invitation.workshopId || status !== 'ready') {
    return <p className="app-loading">{t('app.loading')}</p>;
  }
  const code = record.code !== null && invitation.codes.includes(record.code) ? record.code : null;
  if (code === null) return <CodePicker invitation={invitation} />;
  const draft = record.drafts[code] ?? emptyDraft();
  if (draft.finished) return <ResponseOut invitation={invitation} code={code} draft={draft} />;
  return <ParticipantQuestions invitation={invitation} code={code} draft={draft} />;
}
