import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LIMITS, type Anonymity, type Group } from '../../model/schema';
import { useGroupName } from './use-group-name';

interface Props {
  /** The prefix of the fields' ids (useId of the form). */
  id: string;
  anonymity: Anonymity;
  groups: Group[];
  name: string;
  onName: (name: string) => void;
  groupId: string;
  onGroup: (groupId: string) => void;
  code: string;
  onCode: (code: string) => void;
  /** The hint under the code (its rules, or what changing it means). */
  codeHint: string;
  /** Set when the form was refused: the code field points to the message `${id}-error`. */
  error: string | null;
  codeRef?: Ref<HTMLInputElement>;
  /** Placed after the fields, in the same row (the Add button). */
  children?: ReactNode;
}

/** A participant's name (named workshops only), group and code, as added or changed later. */
export function ParticipantFields({ codeRef, ...p }: Props) {
  const { t } = useTranslation('workshop');
  const groupName = useGroupName();
  return (
    <div className="workshop-add__fields">
      {p.anonymity === 'named' && (
        <div className="field">
          <label htmlFor={`${p.id}-name`} className="field__label">
            {t('roster.name')}
          </label>
          <input
            id={`${p.id}-name`}
            className="field__input"
            value={p.name}
            maxLength={LIMITS.shortText}
            autoComplete="off"
            onChange={(e) => p.onName(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${p.id}-group`} className="field__label">
          {t('roster.group')}
        </label>
        <select
          id={`${p.id}-group`}
          className="field__input"
          value={p.groupId}
          onChange={(e) => p.onGroup(e.target.value)}
        >
          {p.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {groupName(g)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${p.id}-code`} className="field__label">
          {t('roster.code')}
        </label>
        <input
          ref={codeRef}
          id={`${p.id}-code`}
          className="field__input workshop-add__code"
          value={p.code}
          maxLength={12}
          autoComplete="off"
          aria-required="true"
          aria-invalid={p.error ? true : undefined}
          aria-describedby={`${p.id}-code-hint${p.error ? ` ${p.id}-error` : ''}`}
          onChange={(e) => p.onCode(e.target.value)}
        />
        <p id={`${p.id}-code-hint`} className="field__hint">
          {p.codeHint}
        </p>
      </div>
      {p.children}
    </div>
  );
}
