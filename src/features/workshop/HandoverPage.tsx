import { useTranslation } from '../../i18n/use-translation';
import { useTimeEstimates } from '../../i18n/time-estimates';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { followInPlace, replaceRoute, routeHref } from '../../lib/router';
import { ELEMENT_IDS } from '../../model/framework';
import { useAssessments } from '../../state/assessments';
import { useGroupName } from './use-group-name';
import './workshop.css';

/**
 * Pass the device, before: the participant sees whose turn it is and the workshop's anonymity
 * level, then starts answering. Every move from here on replaces the history entry, so Back
 * never brings back what the previous person saw.
 */
export function HandoverPage({ id, participantId }: { id: string; participantId: string }) {
  const { t } = useTranslation('workshop');
  const { quickMinutes } = useTimeEstimates();
  const groupName = useGroupName();
  const a = useAssessments((s) => s.byId[id]);
  const p = a?.participants.find((x) => x.id === participantId);
  if (!a || !p) return <UnknownParticipant id={id} />;
  const group = a.groups.find((g) => g.id === p.groupId);
  return (
    <div className="workshop-handover">
      <p className="workshop-page__kicker">{a.meta.title}</p>
      <PageHeading>{t('handover.heading', { code: p.code })}</PageHeading>
      <p className="workshop-handover__who">
        {t('handover.who', { code: p.code, group: groupName(group) })}
      </p>
      <Notice tone="info">
        <p>{t(`anonymity.${a.anonymity}.participant`)}</p>
      </Notice>
      <p>
        {t(a.kind === 'quick' ? 'handover.howQuick' : 'handover.howFull', {
          minutes: quickMinutes,
        })}
      </p>
      {a.lock.locked ? (
        <Notice tone="warning">
          <p>{t('handover.locked')}</p>
        </Notice>
      ) : (
        <p className="button-row">
          <a
            className="button"
            href={routeHref({ name: 'assess', id, step: ELEMENT_IDS[0], as: p.id })}
            onClick={followInPlace}
          >
            {t('handover.start')}
          </a>
        </p>
      )}
      <p>
        <a href={routeHref({ name: 'workshop', id, section: null })} onClick={followInPlace}>
          {t('handover.backToFacilitator')}
        </a>
      </p>
    </div>
  );
}

/** Pass the device, after: a clean screen to give back; "Next person" leaves no trace in history. */
export function HandbackPage({ id, participantId }: { id: string; participantId: string }) {
  const { t } = useTranslation('workshop');
  const code = useAssessments(
    (s) => s.byId[id]?.participants.find((x) => x.id === participantId)?.code,
  );
  if (code === undefined) return <UnknownParticipant id={id} />;
  return (
    <div className="workshop-handover">
      <PageHeading>{t('handback.heading', { code })}</PageHeading>
      <p>{t('handback.body')}</p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => replaceRoute({ name: 'workshop', id, section: null })}
        >
          {t('handback.next')}
        </button>
      </p>
    </div>
  );
}

function UnknownParticipant({ id }: { id: string }) {
  const { t } = useTranslation('workshop');
  return (
    <div>
      <PageHeading>{t('handover.unknown.title')}</PageHeading>
      <Notice tone="warning">
        <p>{t('handover.unknown.body')}</p>
      </Notice>
      <p>
        <a href={routeHref({ name: 'workshop', id, section: null })}>
          {t('handover.backToFacilitator')}
        </a>
      </p>
    </div>
  );
}
