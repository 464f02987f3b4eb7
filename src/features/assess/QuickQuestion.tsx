import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkKeys, LEVELS, type ElementId, type Level } from '../../model/framework';
import { withQuickAnswer } from '../../model/edits';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { digitOf, focusChoice } from './digit-keys';
import { useFrameworkText } from './use-framework-text';

interface Props {
  assessmentId: string;
  participantId: string;
  elementId: ElementId;
  disabled: boolean;
}

const OPEN = 'open';

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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (disabled) return;
    const digit = digitOf(event);
    if (digit === null) return;
    event.preventDefault();
    const value = digit === 0 ? null : (digit as Level);
    choose(value);
    const group = event.currentTarget.closest('fieldset');
    if (group) focusChoice(group, value === null ? OPEN : String(value));
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
      <div className="quick__options">
        {LEVELS.map((l) => (
          <label key={l} className="quick-option">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={l}
              checked={level === l}
              disabled={disabled}
              aria-labelledby={`${name}-${l}-name`}
              aria-describedby={`${name}-${l}-text`}
              onKeyDown={onKeyDown}
              onChange={() => choose(l)}
            />
            <span className="quick-option__body">
              <span id={`${name}-${l}-name`} className="quick-option__level">
                {t('assess.quick.option', { level: l, name: fw(frameworkKeys.levelName(l)) })}
              </span>
              <span id={`${name}-${l}-text`} className="quick-option__text">
                {fw(frameworkKeys.quickDescriptor(elementId, l))}
              </span>
            </span>
          </label>
        ))}
        <label className="choice choice--other quick-option--open">
          <input
            type="radio"
            className="choice__input"
            name={name}
            value={OPEN}
            checked={dontKnow && level === undefined}
            disabled={disabled}
            onKeyDown={onKeyDown}
            onChange={() => choose(null)}
          />
          <span className="choice__name">{t('assess.quick.dontKnowYet')}</span>
        </label>
      </div>
    </fieldset>
  );
});
