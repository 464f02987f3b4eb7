import { memo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { frameworkKeys, type ElementId, type Level } from '../../model/framework';
import { withQuickAnswer } from '../../model/edits';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { QuickChoices } from '../../components/QuickChoices';
import { useFrameworkText } from './use-framework-text';

interface Props {
  assessmentId: string;
  participantId: string;
  elementId: ElementId;
  disabled: boolean;
}

/**
 * The quick check's one question per element: five element-specific descriptions as a native
 * radio group, plus "don't know yet". Digits 1-5 choose a level, 0 clears the choice.
 */
export const QuickQuestion = memo(function QuickQuestion({
  assessmentId,
  participantId,
  elementId,
  disabled,
}: Props) {
  const { t } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  const level = useAssessments(
    (s) => s.byId[assessmentId]?.quickAnswers[participantId]?.[elementId],
  );
  const [dontKnow, setDontKnow] = useState(false);
  const name = `${participantId}-quick-${elementId}`;

  const choose = (value: Level | null) => {
    setDontKnow(value === null);
    updateAssessment(assessmentId, (a) => withQuickAnswer(a, participantId, elementId, value));
  };

  return (
    <fieldset className={`statement quick${level !== undefined ? ' statement--answered' : ''}`}>
      <legend className="statement__legend">
        <span className="statement__text">{fw(frameworkKeys.quickQuestion(elementId))}</span>
      </legend>
      {level !== undefined && (
        <p className="statement__mark" aria-hidden="true">
          <span className="statement__check">✓</span> {t('assess.statements.answered')}
        </p>
      )}
      <QuickChoices
        name={name}
        level={level}
        openChosen={dontKnow}
        disabled={disabled}
        onChoose={choose}
        levelName={(l) => fw(frameworkKeys.levelName(l))}
        descriptor={(l) => fw(frameworkKeys.quickDescriptor(elementId, l))}
      />
    </fieldset>
  );
});
