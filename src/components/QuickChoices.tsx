import type { KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LEVELS, type Level } from '../model/framework';
import { digitOf, focusChoice } from './digit-keys';
import './choices.css';

const OPEN = 'open';

interface Props {
  name: string;
  level: number | undefined;
  /** "Don't know yet" is shown as chosen (the level stays open). */
  openChosen: boolean;
  disabled: boolean;
  /** A level, or null for "don't know yet". */
  onChoose: (level: Level | null) => void;
  levelName: (level: Level) => string;
  descriptor: (level: Level) => string;
}

/**
 * The quick check's five element-specific descriptions as native radios, plus "don't know yet".
 * Digits 1-5 choose a level, 0 clears the choice.
 */
export function QuickChoices({
  name,
  level,
  openChosen,
  disabled,
  onChoose,
  levelName,
  descriptor,
}: Props) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (disabled) return;
    const digit = digitOf(event);
    if (digit === null) return;
    event.preventDefault();
    const value = digit === 0 ? null : (digit as Level);
    onChoose(value);
    const group = event.currentTarget.closest('fieldset');
    if (group) focusChoice(group, value === null ? OPEN : String(value));
  };
  return (
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
            onChange={() => onChoose(l)}
          />
          <span className="quick-option__body">
            <span id={`${name}-${l}-name`} className="quick-option__level">
              {t('assess.quick.option', { level: l, name: levelName(l) })}
            </span>
            <span id={`${name}-${l}-text`} className="quick-option__text">
              {descriptor(l)}
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
          checked={openChosen && level === undefined}
          disabled={disabled}
          onKeyDown={onKeyDown}
          onChange={() => onChoose(null)}
        />
        <span className="choice__name">{t('assess.quick.dontKnowYet')}</span>
      </label>
    </div>
  );
}
