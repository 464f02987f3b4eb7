import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { workshopOfResponse } from '../../../model/workshop/inbox';
import { LINK_ERRORS } from '../../../model/workshop/links/errors';
import { useAssessments } from '../../../state/assessments';
import { useOpened } from '../../../state/use-opened';
import { replaceRoute } from '../../../lib/router';
import { holdIncoming } from '../../../state/incoming-responses';

/**
 * A response link opened in the app (#/r/...): it goes into the inbox of its workshop when that
 * workshop is in this browser; otherwise the page says it belongs on the facilitator's device.
 */
export function ResponseLinkPage({ fragment }: { fragment: string }) {
  const { t } = useTranslation();
  // Only a workshop's own record holds its secret: the workshops in this browser are read whole.
  const workshops = useAssessments((s) =>
    Object.values(s.summaries)
      .filter((x) => x.mode === 'workshop')
      .map((x) => x.id)
      .join(' '),
  );
  const opened = useOpened(workshops.split(' '));
  const byId = useAssessments((s) => s.byId);
  const found = useMemo(() => workshopOfResponse(fragment, Object.values(byId)), [byId, fragment]);
  if (!opened) return <p className="app-loading">{t('app.loading')}</p>;

  if (!found.ok) {
    return (
      <div>
        <PageHeading>{t('workshop.inbox.linkTitle')}</PageHeading>
        <Notice tone={found.error === LINK_ERRORS.otherWorkshop ? 'warning' : 'error'}>
          <p>
            {found.error === LINK_ERRORS.otherWorkshop
              ? t('workshop.inbox.notHere')
              : t(found.error as 'workshop.links.errors.garbled')}
          </p>
        </Notice>
        <p>
          <a href="#/">{t('notFound.back')}</a>
        </p>
      </div>
    );
  }
  return <ToInbox id={found.id} fragment={fragment} />;
}

/** Hands the response to the workshop's inbox tab, in place of this address (Back skips it). */
function ToInbox({ id, fragment }: { id: string; fragment: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    holdIncoming(id, fragment);
    replaceRoute({ name: 'workshop', id, section: 'inbox' });
  }, [id, fragment]);
  return <p className="app-loading">{t('app.loading')}</p>;
}
