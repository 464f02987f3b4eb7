import { useEffect, useRef } from 'react';
import { GlossaryDetails } from '../../components/Glossary';
import { useTranslation } from '../../i18n/use-translation';
import { replaceRoute, routeHref } from '../../lib/router';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import {
  assessmentEdition,
  ELEMENT_IDS,
  frameworkKeys,
  getElement,
  isElementId,
  statementIdsOf,
  type ElementId,
} from '../../model/framework';
import { useAssessments } from '../../state/assessments';
import { rememberPosition, usePositions } from '../../state/positions';
import { ConvertToFull } from './ConvertToFull';
import { ElementNav } from './ElementNav';
import { ElementNotes } from './ElementNotes';
import { LevelCues } from './LevelCues';
import { LevelGuide } from './LevelGuide';
import { ElementProgress, OverallProgress } from './ProgressSummary';
import { QuickQuestion } from './QuickQuestion';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SaveIndicator } from './SaveStatus';
import { AnsweringAs } from './AnsweringAs';
import { StatementRow } from './StatementRow';
import { StepLinks } from './StepLinks';
import { useFrameworkText } from './use-framework-text';
import './assess.css';

const FIRST: ElementId = ELEMENT_IDS[0];

/**
 * The walkthrough: one element per step. With no step in the link it resumes where the user
 * left off. The page selects only a few scalars from the store; the rows select their own
 * answers, so answering re-renders one row and the progress, not the page.
 */
export function AssessPage({
  id,
  step,
  as,
}: {
  id: string;
  step: string | null;
  /** A workshop participant answering on the facilitator's device; absent for a one-person assessment. */
  as?: string;
}) {
  const { t } = useTranslation();
  const exists = useAssessments((s) => Boolean(s.byId[id]));
  const mode = useAssessments((s) => s.byId[id]?.mode);
  const known = useAssessments((s) =>
    as === undefined ? true : Boolean(s.byId[id]?.participants.some((p) => p.id === as)),
  );
  // Where the user left off; a schema-1 file's own lastStep is the fallback.
  const savedStep = useAssessments((s) => s.byId[id]?.lastStep ?? null);
  const lastStep = usePositions((s) => s.byId[id]) ?? savedStep;

  if (!exists) {
    return (
      <div className="assess-message">
        <PageHeading>{t('assess.missing.title')}</PageHeading>
        <Notice tone="warning">
          <p>{t('assess.missing.body')}</p>
        </Notice>
        <p>
          <a href={routeHref({ name: 'start' })}>{t('assess.missing.back')}</a>
        </p>
      </div>
    );
  }

  if (mode === 'workshop' && (as === undefined || !known)) {
    // A workshop is answered as one participant, chosen on the workshop page: never as "the first".
    return <ToWorkshop id={id} redirect={as === undefined} />;
  }

  // A participant on a passed device starts at the first element, not where someone else left off.
  const resolved = step ?? (as === undefined && isElementId(lastStep) ? lastStep : FIRST);
  if (!isElementId(resolved)) {
    return (
      <div className="assess-message">
        <PageHeading>{t('assess.unknownStep.title')}</PageHeading>
        <Notice tone="warning">
          <p>{t('assess.unknownStep.body')}</p>
        </Notice>
        <p>
          <a className="button" href={routeHref({ name: 'assess', id, step: FIRST, as })}>
            {t('assess.unknownStep.first')}
          </a>
        </p>
      </div>
    );
  }
  return <AssessStep id={id} elementId={resolved} canonical={step === null} as={as} />;
}

function AssessStep({
  id,
  elementId,
  canonical,
  as,
}: {
  id: string;
  elementId: ElementId;
  /** True when the link had no step: the address is rewritten to name the step shown. */
  canonical: boolean;
  as?: string;
}) {
  const { t } = useTranslation();
  const fw = useFrameworkText(id);
  const kind = useAssessments((s) => s.byId[id]?.kind ?? 'full');
  const storedReadOnly = useAssessments((s) => s.byId[id]?.readOnly ?? true);
  // Once the agreement starts, the individual answers are locked.
  const locked = useAssessments((s) => s.byId[id]?.lock.locked ?? false);
  const readOnly = storedReadOnly || (as !== undefined && locked);
  // One person answers: the participant the device was passed to, or the one of a solo assessment.
  const participantId = useAssessments((s) => as ?? s.byId[id]?.participants[0]?.id ?? '');
  const title = useAssessments((s) => s.byId[id]?.meta.title ?? '');
  // The questionnaire of the edition this assessment was started with, never a later one.
  const edition = useAssessments((s) => assessmentEdition(s.byId[id]));
  const content = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  const element = getElement(elementId);
  const index = ELEMENT_IDS.indexOf(elementId);

  useEffect(() => {
    if (canonical) {
      // Replace, not push: Back must not land on the bare link and bounce forward again.
      window.history.replaceState(
        window.history.state,
        '',
        routeHref({ name: 'assess', id, step: elementId, as }),
      );
    }
  }, [canonical, id, elementId, as]);

  useEffect(() => {
    if (as === undefined) rememberPosition(id, elementId);
  }, [id, elementId, as]);

  useEffect(() => {
    // A new step (or a quick check turned full) is a new page for keyboard and screen-reader
    // users: start them at its heading rather than on a control that may have gone.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    content.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [elementId, kind]);

  return (
    <div className="assess">
      <ElementNav
        assessmentId={id}
        participantId={participantId}
        kind={kind}
        current={elementId}
        as={as}
      />
      <div className="assess__content" ref={content}>
        <div className="assess__status">
          <p className="assess__title">{title}</p>
          <OverallProgress assessmentId={id} participantId={participantId} />
          <SaveIndicator />
        </div>
        <ProblemNotice assessmentId={id} />
        {as !== undefined && <AnsweringAs assessmentId={id} participantId={as} />}
        {as !== undefined && locked && (
          <Notice tone="info">
            <p>{t('assess.workshop.locked')}</p>
          </Notice>
        )}
        {storedReadOnly && (
          <Notice tone="info">
            <p>{t('assess.readOnly.body')}</p>
            <p>
              <a href={routeHref({ name: 'results', id })}>{t('assess.readOnly.results')}</a>
            </p>
          </Notice>
        )}
        <p className="assess__context">
          {t('assess.position', { n: index + 1, total: ELEMENT_IDS.length })}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          {fw(frameworkKeys.dimensionName(element.dimension))}
        </p>
        <PageHeading>{fw(frameworkKeys.elementName(elementId))}</PageHeading>
        <p className="assess__about">{fw(frameworkKeys.elementAbout(elementId))}</p>
        <ElementProgress
          assessmentId={id}
          participantId={participantId}
          elementId={elementId}
          kind={kind}
        />

        {kind === 'full' ? (
          <section className="assess-section" aria-labelledby="assess-statements-title">
            <h2 id="assess-statements-title">{t('assess.statements.heading')}</h2>
            <LevelCues assessmentId={id} />
            <LevelGuide assessmentId={id} />
            <GlossaryDetails fw={fw} />
            {!readOnly && (
              <p className="assess-muted assess-keyboard-hint">
                {t('assess.statements.keyboardHint')}
              </p>
            )}
            {statementIdsOf(edition, elementId).map((statementId, i) => (
              <StatementRow
                key={`${participantId}-${statementId}`}
                assessmentId={id}
                participantId={participantId}
                elementId={elementId}
                statementId={statementId}
                number={i + 1}
                disabled={readOnly}
              />
            ))}
          </section>
        ) : (
          <section className="assess-section" aria-labelledby="assess-quick-title">
            <h2 id="assess-quick-title">{t('assess.quick.heading')}</h2>
            {!readOnly && (
              <p className="assess-muted assess-keyboard-hint">{t('assess.quick.keyboardHint')}</p>
            )}
            <GlossaryDetails fw={fw} />
            <QuickQuestion
              key={elementId}
              assessmentId={id}
              participantId={participantId}
              elementId={elementId}
              disabled={readOnly}
            />
          </section>
        )}

        {/* Notes are the facilitator's (and would show what others wrote): not on a passed device. */}
        {as === undefined && (
          <ElementNotes
            key={elementId}
            assessmentId={id}
            elementId={elementId}
            disabled={readOnly}
          />
        )}
        <StepLinks assessmentId={id} elementId={elementId} as={as} />
        {kind === 'quick' && !readOnly && as === undefined && <ConvertToFull assessmentId={id} />}
      </div>
    </div>
  );
}

/** A workshop opened without a participant: on to its page (in place); an unknown one: say so. */
function ToWorkshop({ id, redirect }: { id: string; redirect: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (redirect) replaceRoute({ name: 'workshop', id, section: null });
  }, [id, redirect]);
  return (
    <div className="assess-message">
      <PageHeading>{t('assess.workshop.title')}</PageHeading>
      <Notice tone="info">
        <p>{t(redirect ? 'assess.workshop.choose' : 'assess.workshop.unknown')}</p>
      </Notice>
      <p>
        <a className="button" href={routeHref({ name: 'workshop', id, section: null })}>
          {t('assess.workshop.open')}
        </a>
      </p>
    </div>
  );
}
