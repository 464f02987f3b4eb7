import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { frameworkKeys, type ElementId } from '../../model/framework';
import { withAnswer } from '../../model/edits';
import type { Answer } from '../../model/schema';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { AnswerChoices } from '../../components/AnswerChoices';
import { StatementEvidence } from './StatementEvidence';
import { useFrameworkText } from './use-framework-text';

interface Props {
  assessmentId: string;
  /** Whose answer this row shows and sets (the workshop passes each participant in turn). */
  participantId: string;
  elementId: ElementId;
  statementId: string;
  /** 1-based position in the element. */
  number: number;
  disabled: boolean;
}

/**
 * One statement as a native radio group: 1 to 5, not applicable, don't know. Arrow keys move
 * within the group; digits 1-5 answer and 0 sets "not applicable". Memoised and selecting only
 * its own answer, so answering one statement re-renders this row alone (plus the progress).
 */
export const StatementRow = memo(function StatementRow({
  assessmentId,
  participantId,
  elementId,
  statementId,
  number,
  disabled,
}: Props) {
  const { t } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  const answer = useAssessments((s) => s.byId[assessmentId]?.answers[participantId]?.[statementId]);
  const name = `${participantId}-${statementId}`;

  const choose = (value: Answer | null) => {
    updateAssessment(assessmentId, (a) => withAnswer(a, participantId, statementId, value));
  };

  const answered = answer !== undefined;
  return (
    <fieldset className={`statement${answered ? ' statement--answered' : ''}`}>
      <legend className="statement__legend">
        <span className="statement__number">{t('assess.statements.number', { n: number })}</span>
        <span className="statement__text">
          {fw(frameworkKeys.statement(elementId, statementId))}
        </span>
        <span className="statement__stem">{fw(frameworkKeys.questionStem)}</span>
      </legend>
      <StatementEvidence
        assessmentId={assessmentId}
        elementId={elementId}
        statementId={statementId}
      />
      {answered && (
        <p className="statement__mark" aria-hidden="true">
          <span className="statement__check">✓</span> {t('assess.statements.answered')}
        </p>
      )}
      <AnswerChoices
        name={name}
        answer={answer}
        disabled={disabled}
        onChoose={choose}
        levelName={(level) => fw(frameworkKeys.levelName(level))}
      />
    </fieldset>
  );
});
