import { useId } from 'react';
import { GlossaryDetails } from '../../../components/Glossary';
import { useTranslation } from '../../../i18n/use-translation';
import { AnswerChoices } from '../../../components/AnswerChoices';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QuickChoices } from '../../../components/QuickChoices';
import {
  ELEMENT_IDS,
  editionOf,
  frameworkKeys,
  getElement,
  statementIdsOf,
} from '../../../model/framework';
import type { Invitation } from '../../../model/workshop/links/invitation';
import type { Draft } from '../../../model/workshop/participant-draft';
import { draftProgress, elementProgress } from '../../../model/workshop/participant-progress';
import {
  chooseCode,
  setDraftAnswer,
  setDraftComment,
  setDraftQuick,
  setDraftStep,
  useParticipantDraft,
} from '../../../state/participant-draft';
import { useInvitationText } from './use-invitation-text';

interface Props {
  invitation: Invitation;
  code: string;
  draft: Draft;
}

/** One element a screen, sized for a phone: its statements (or its quick question) and a comment. */
export function ParticipantQuestions({ invitation, code, draft }: Props) {
  const { t } = useTranslation();
  const fw = useInvitationText(invitation.customerWord);
  const id = useId();
  const saveFailed = useParticipantDraft((s) => s.saveFailed);
  const edition = editionOf(invitation.edition);
  const step = Math.min(draft.step, ELEMENT_IDS.length - 1);
  const elementId = ELEMENT_IDS[step]!;
  const element = getElement(elementId);
  const quick = invitation.questionnaire === 'quick';
  const all = draftProgress(draft, invitation.questionnaire, edition);
  const here = elementProgress(draft, invitation.questionnaire, edition, elementId);
  const last = step === ELEMENT_IDS.length - 1;
  const go = (to: number) => {
    setDraftStep(to, to >= ELEMENT_IDS.length);
    window.scrollTo?.(0, 0);
  };
  const levelName = (level: number) => fw(frameworkKeys.levelName(level as 1));

  return (
    <div className="participant">
      <p className="participant__eyebrow">
        {t('workshop.participant.answeringAs', { code, title: invitation.title })}{' '}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => chooseCode(null)}
        >
          {t('workshop.participant.changeCode')}
        </button>
      </p>
      <p className="participant__progress">
        {t('assess.position', { n: step + 1, total: ELEMENT_IDS.length })} ·{' '}
        {t('assess.progress.overall', { answered: all.answered, total: all.total })}
      </p>
      <progress
        className="participant__bar"
        max={all.total}
        value={all.answered}
        aria-label={t('assess.progress.overallLabel')}
      />
      <p className="participant__dimension">{fw(frameworkKeys.dimensionName(element.dimension))}</p>
      <PageHeading key={elementId}>{fw(frameworkKeys.elementName(elementId))}</PageHeading>
      {saveFailed && (
        <Notice tone="warning">
          <p>{t('workshop.participant.saveFailed')}</p>
        </Notice>
      )}
      {quick ? (
        <fieldset className={`statement quick${here.answered > 0 ? ' statement--answered' : ''}`}>
          <legend className="statement__legend">
            <span className="statement__text">{fw(frameworkKeys.quickQuestion(elementId))}</span>
          </legend>
          <QuickChoices
            name={`${id}-quick-${elementId}`}
            level={draft.quickAnswers[elementId]}
            openChosen={false}
            disabled={false}
            onChoose={(level) => setDraftQuick(elementId, level)}
            levelName={levelName}
            descriptor={(l) => fw(frameworkKeys.quickDescriptor(elementId, l))}
          />
        </fieldset>
      ) : (
        <>
          <p className="participant__element-progress">
            {t('assess.progress.element', { answered: here.answered, total: here.total })}
          </p>
          {statementIdsOf(edition, elementId).map((statementId, i) => {
            const answer = draft.answers[statementId];
            return (
              <fieldset
                key={statementId}
                className={`statement${answer !== undefined ? ' statement--answered' : ''}`}
              >
                <legend className="statement__legend">
                  <span className="statement__number">
                    {t('assess.statements.number', { n: i + 1 })}
                  </span>
                  <span className="statement__text">
                    {fw(frameworkKeys.statement(elementId, statementId))}
                  </span>
                  <span className="statement__stem">{fw(frameworkKeys.questionStem)}</span>
                </legend>
                <AnswerChoices
                  name={`${id}-${statementId}`}
                  answer={answer}
                  disabled={false}
                  onChoose={(value) => setDraftAnswer(statementId, value)}
                  levelName={levelName}
                />
              </fieldset>
            );
          })}
        </>
      )}
      <GlossaryDetails fw={fw} />
      <div className="field participant__comment">
        <label className="field__label" htmlFor={`${id}-comment`}>
          {t('workshop.participant.comment')}
        </label>
        <p id={`${id}-comment-hint`} className="field__hint">
          {t('workshop.participant.commentHint')}
        </p>
        <textarea
          id={`${id}-comment`}
          className="field__input field__textarea"
          rows={3}
          maxLength={2000}
          aria-describedby={`${id}-comment-hint`}
          value={draft.comments[elementId] ?? ''}
          onChange={(e) => setDraftComment(elementId, e.target.value)}
        />
      </div>
      <nav className="button-row participant__steps" aria-label={t('assess.nav.stepsLabel')}>
        {step > 0 && (
          <button type="button" className="button button--secondary" onClick={() => go(step - 1)}>
            {t('assess.nav.back')}
          </button>
        )}
        <button type="button" className="button participant__next" onClick={() => go(step + 1)}>
          {last ? t('workshop.participant.finish') : t('assess.nav.next')}
        </button>
      </nav>
    </div>
  );
}
