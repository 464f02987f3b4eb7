import { Suspense, type ComponentType } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemNotice } from '../../components/ProblemNotice';
import { routeHref } from '../../lib/router';
import { useAssessments } from '../../state/assessments';
import { AgreementSection } from './AgreementSection';
import { RosterSection } from './RosterSection';
import { InboxPanel, InvitationPanel, PresentButton, type WorkshopSlotProps } from './slots';
import { TeamResults } from './TeamResults';
import './workshop.css';

/** The tabs of the facilitator's page, in order; the first is the page's own address. */
export const WORKSHOP_SECTIONS = ['people', 'invite', 'inbox', 'results', 'agree'] as const;
export type WorkshopSection = (typeof WORKSHOP_SECTIONS)[number];

function isSection(value: string | null): value is WorkshopSection {
  return WORKSHOP_SECTIONS.includes(value as WorkshopSection);
}

/**
 * The facilitator's workshop page: who takes part and how far each is, the invitations, the
 * inbox of responses, the team's results and the agreement, one tab each.
 */
export function WorkshopPage({ id, section }: { id: string; section: string | null }) {
  const { t } = useTranslation('workshop');
  const title = useAssessments((s) => s.byId[id]?.meta.title ?? '');
  const mode = useAssessments((s) => s.byId[id]?.mode);
  const current: WorkshopSection | null =
    section === null ? 'people' : isSection(section) ? section : null;

  if (mode !== 'workshop') {
    return (
      <div>
        <PageHeading>{t('page.notWorkshop.title')}</PageHeading>
        <Notice tone="warning">
          <p>{t('page.notWorkshop.body')}</p>
        </Notice>
        <p>
          <a href={routeHref({ name: 'assess', id, step: null })}>{t('page.notWorkshop.open')}</a>
        </p>
      </div>
    );
  }

  return (
    <div className="workshop-page">
      <p className="workshop-page__kicker">{t('page.kicker')}</p>
      <PageHeading>{title}</PageHeading>
      <nav className="workshop-tabs" aria-label={t('page.tabsLabel')}>
        <ul>
          {WORKSHOP_SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={routeHref({ name: 'workshop', id, section: s === 'people' ? null : s })}
                aria-current={s === current ? 'page' : undefined}
                className={`workshop-tabs__link${s === current ? ' workshop-tabs__link--current' : ''}`}
              >
                {t(`page.tabs.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ProblemNotice assessmentId={id} />
      <SectionBody id={id} section={current} />
    </div>
  );
}

function SectionBody({ id, section }: { id: string; section: WorkshopSection | null }) {
  const { t } = useTranslation('workshop');
  switch (section) {
    case 'people':
      return <RosterSection id={id} />;
    case 'invite':
      return (
        <>
          <Slot title={t('page.tabs.invite')} panel={InvitationPanel} id={id} />
          <Present id={id} />
        </>
      );
    case 'inbox':
      return <Slot title={t('page.tabs.inbox')} panel={InboxPanel} id={id} />;
    case 'results':
      // TeamResults shows the presentation controls under its heading.
      return <TeamResults id={id} />;
    case 'agree':
      return <AgreementSection id={id} />;
    default:
      return (
        <Notice tone="warning">
          <p>{t('page.unknownSection')}</p>
        </Notice>
      );
  }
}

function Slot({
  title,
  panel: Panel,
  id,
}: {
  title: string;
  panel: ComponentType<WorkshopSlotProps> | null;
  id: string;
}) {
  const { t } = useTranslation('workshop');
  return (
    <section aria-labelledby="workshop-slot-heading" className="workshop-section">
      <h2 id="workshop-slot-heading">{title}</h2>
      {Panel ? (
        <Suspense fallback={<p className="workshop-muted">{t('page.loading')}</p>}>
          <Panel assessmentId={id} />
        </Suspense>
      ) : (
        <p className="workshop-muted">{t('page.notYet')}</p>
      )}
    </section>
  );
}

/** The presentation window's controls, where the facilitator needs them. */
function Present({ id }: { id: string }) {
  if (!PresentButton) return null;
  return (
    <Suspense fallback={null}>
      <PresentButton assessmentId={id} />
    </Suspense>
  );
}
