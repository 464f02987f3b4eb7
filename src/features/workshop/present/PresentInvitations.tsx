import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { groupInvitations } from '../../../model/workshop/collect';
import { addressProblem, appAddress, linkAt } from '../../../model/workshop/links/app-address';
import type { Assessment } from '../../../model/schema';
import { loadPublishedAddress, usePublishedAddress } from '../../../state/published-address';
import { QrCode } from '../QrCode';
import { useGroupName } from '../use-group-name';

/** The first screen of the presentation: every group's invitation as a large QR code. */
export function PresentInvitations({ a }: { a: Assessment }) {
  const { t } = useTranslation();
  const groupName = useGroupName();
  const published = usePublishedAddress((s) => s.address);
  useEffect(() => {
    void loadPublishedAddress();
  }, []);
  const current = appAddress(window.location.href);
  // The facilitator chose the address in their window; here the remembered one wins, if any.
  const address = addressProblem(current) !== null && published !== null ? published : current;
  const invitations = useMemo(() => groupInvitations(a, (g) => groupName(g)) ?? [], [a, groupName]);
  return (
    <div className="present__invitations">
      <h1 className="present__title">{a.meta.title}</h1>
      <p className="present__lead">{t('workshop.present.scan')}</p>
      <div className="present__qr-grid">
        {invitations.map((inv) =>
          inv.encoding.ok ? (
            <figure key={inv.groupId} className="present__qr">
              <QrCode
                value={linkAt(address, inv.encoding.fragment)}
                label={t('workshop.invite.qrFor', { group: inv.groupName })}
                maxVersion={15}
              />
              <figcaption>{inv.groupName}</figcaption>
            </figure>
          ) : null,
        )}
      </div>
    </div>
  );
}
