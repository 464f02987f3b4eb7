import type { KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LEVELS, type Level } from '../model/framework';
import type { Answer } from '../model/schema';
import { digitOf, focusChoice } from './digit-keys';
import './choices.css';

interface Props {
  /** The radio group's name, unique on the page. */
  name: string;
  answer: Answer | undefined;
  disabled: boolean;
  onChoose: (answer: Answer) => void;
  /** The level's name in the framework's wording (Ad hoc, Developing, ...). */
  levelName: (level: Level) => string;
}

/**
 * A statement's answers as native radios: 1 to 5, then not applicable and don't know. Arrow
 * keys move within the group; digits 1-5 answer and 0 sets "not applicable".
 */
export function AnswerChoices({ name, answer, disabled, onChoose, levelName }: Props) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (disabled) return;
    const digit = digitOf(event);
    if (digit === null) return;
    event.preventDefault();
    const value: Answer = digit === 0 ? 'na' : (digit as Answer);
    onChoose(value);
    const group = event.currentTarget.closest('fieldset');
    if (group) focusChoice(group, String(value));
  };
  const radio = (value: Answer) => (
    <input
      type="radio"
      className="choice__input"
      name={name}
      value={value}
      checked={answer === value}
      disabled={disabled}
      onKeyDown={onKeyDown}
      onChange={() => onChoose(value)}
    />
  );
  return (
    <div className="choices">
      <div className="choices__levels">
        {LEVELS.map((level) => (
          <label key={level} className="choice">
            {radio(level)}
            <span className="choice__number">{level}</span>{' '}
            <span className="choice__name">{levelName(level)}</span>
          </label>
        ))}
      </div>
      <div className="choices__other">
        <label className="choice choice--other">
          {radio('na')}
          <span className="choice__name">{t('assess.statements.notApplicable')}</span>
        </label>
        <label className="choice choice--other">
          {radio('dk')}
          <span className="choice__name">{t('assess.statements.dontKnow')}</span>
        </label>
      </div>
    </div>
  );
}
