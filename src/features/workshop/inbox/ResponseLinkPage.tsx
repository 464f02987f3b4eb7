import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { workshopOfResponse } from '../../../model/workshop/inbox';
import { LINK_ERRORS } from '../../../model/workshop/links/errors';
import { useAssessments } from '../../../state/assessments';
import { InboxPanel } from './InboxPanel';

/**
 * A response link opened in the app (#/r/...): it goes into the inbox of its workshop when that
 * workshop is in this browser; otherwise the page says it belongs on the facilitator's device.
 */
export function ResponseLinkPage({ fragment }: { fragment: string }) {
  const { t } = useTranslation();
  const byId = useAssessments((s) => s.byId);
  const found = useMemo(() => workshopOfResponse(fragment, Object.values(byId)), [byId, fragment]);

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
  return (
    <div>
      <PageHeading>{found.title}</PageHeading>
      <InboxPanel assessmentId={found.id} incoming={[fragment]} />
      <p>
        <a href={`#/a/${found.id}/results`}>{t('workshop.inbox.toResults')}</a>
      </p>
    </div>
  );
}
