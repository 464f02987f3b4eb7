import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Notice } from '../../../components/Notice';
import { groupInvitations, participantsWithoutCode } from '../../../model/workshop/collect';
import { linkAt } from '../../../model/workshop/links/app-address';
import { makeSecret } from '../../../model/workshop/links/secret';
import { updateAssessment, useAssessments } from '../../../state/assessments';
import { AddressChoice } from './AddressChoice';
import { InvitationCard } from './InvitationCard';
import { useGroupName } from '../use-group-name';
import { useInvitationAddress } from './use-invitation-address';
import './invite.css';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * The invitations of a workshop: one link and QR code per group, pointing at an address that
 * participants' phones can open. A workshop without a secret gets one first (it keys the links).
 */
export function InvitationPanel({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const a = useAssessments((s) => s.byId[assessmentId]);
  const groupName = useGroupName();
  const where = useInvitationAddress();
  const needsSecret = a !== undefined && a.secret === null && !a.readOnly;

  useEffect(() => {
    if (needsSecret)
      updateAssessment(assessmentId, (x) =>
        x.secret === null ? { ...x, secret: makeSecret(randomBytes) } : x,
      );
  }, [assessmentId, needsSecret]);

  const invitations = useMemo(
    () => (a ? groupInvitations(a, (g) => groupName(g)) : null),
    [a, groupName],
  );
  if (!a) return null;
  const withoutCode = participantsWithoutCode(a);

  return (
    <div className="invite">
      <p className="invite__intro">{t('workshop.invite.intro')}</p>
      {where.problem !== null && where.ready && (
        <AddressChoice
          current={where.current}
          problem={where.problem}
          published={where.published}
          asking={where.asking}
          onAsk={where.ask}
          onKeepCurrent={where.keepCurrent}
          onSaved={where.saved}
        />
      )}
      {withoutCode > 0 && (
        <Notice tone="warning">
          <p>{t('workshop.invite.withoutCode', { count: withoutCode })}</p>
        </Notice>
      )}
      {invitations === null ? (
        <p>{t('workshop.invite.noSecret')}</p>
      ) : invitations.length === 0 ? (
        <p>{t('workshop.invite.noParticipants')}</p>
      ) : (
        where.address !== null && (
          <div className="invite__cards">
            {invitations.map((inv) => (
              <InvitationCard
                key={inv.groupId}
                title={a.meta.title}
                groupName={inv.groupName}
                codes={inv.codes}
                link={inv.encoding.ok ? linkAt(where.address!, inv.encoding.fragment) : null}
                error={inv.encoding.ok ? null : inv.encoding.error}
                titleShortened={inv.encoding.ok && inv.encoding.titleShortened}
              />
            ))}
          </div>
        )
      )}
    </div>
  );
}
