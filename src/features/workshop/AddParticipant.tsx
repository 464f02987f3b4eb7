import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anonymity, Group, Participant } from '../../model/schema';
import { codeProblem, suggestCode } from '../../model/workshop/setup';
import { LIMITS } from '../../model/schema';
import { useGroupName } from './use-group-name';

interface Props {
  groups: Group[];
  participants: readonly Participant[];
  anonymity: Anonymity;
  /** Returns an i18n key (workshop namespace) when the participant was refused. */
  onAdd: (p: Omit<Participant, 'id'>) => string | null;
}

/**
 * Adds one participant: a name (named workshops only; the facilitator's eyes only), a group, and
 * a short code suggested from the group (M1, M2, E1, ...) that can be changed.
 */
export function AddParticipant({ groups, participants, anonymity, onAdd }: Props) {
  const { t } = useTranslation('workshop');
  const groupName = useGroupName();
  const id = useId();
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const suggested = group ? suggestCode(group, participants) : '';
  const shownCode = code ?? suggested;
  const full = participants.length >= LIMITS.participants;

  function add() {
    if (!group) return;
    const c = shownCode.trim().toUpperCase();
    const problem = full ? 'roster.errors.full' : codeProblem(c, participants);
    const refused = problem ?? onAdd({ name: name.trim(), code: c, groupId: group.id });
    if (refused) {
      setError(t(refused as 'roster.errors.full'));
      return;
    }
    setName('');
    setCode(null);
    setError(null);
  }

  return (
    <fieldset className="workshop-add">
      <legend>{t('roster.addHeading')}</legend>
      <div className="workshop-add__fields">
        {anonymity === 'named' && (
          <div className="field">
            <label htmlFor={`${id}-name`} className="field__label">
              {t('roster.name')}
            </label>
            <input
              id={`${id}-name`}
              className="field__input"
              value={name}
              maxLength={LIMITS.shortText}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-group`} className="field__label">
            {t('roster.group')}
          </label>
          <select
            id={`${id}-group`}
            className="field__input"
            value={group?.id ?? ''}
            onChange={(e) => setGroupId(e.target.value)}
          >
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {groupName(g)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`} className="field__label">
            {t('roster.code')}
          </label>
          <input
            id={`${id}-code`}
            className="field__input workshop-add__code"
            value={shownCode}
            maxLength={12}
            autoComplete="off"
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-code-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setCode(e.target.value)}
          />
          <p id={`${id}-code-hint`} className="field__hint">
            {t('roster.codeHint')}
          </p>
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={full}>
          {t('roster.add')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {full && <p className="workshop-muted">{t('roster.errors.full')}</p>}
    </fieldset>
  );
}
