import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Group } from '../../model/schema';
import { LIMITS } from '../../model/schema';
import { useGroupName } from './use-group-name';

interface Props {
  groups: Group[];
  /** How many participants each group has; a group with members cannot be removed. */
  members: (groupId: string) => number;
  onRename: (groupId: string, name: string) => void;
  onAdd: (name: string) => void;
  onRemove: (groupId: string) => void;
}

/**
 * The editable list of groups: rename in place (clearing a default group's name gives it its
 * translated name back), add one, remove one nobody is in.
 */
export function GroupsEditor({ groups, members, onRename, onAdd, onRemove }: Props) {
  const { t } = useTranslation('workshop');
  const groupName = useGroupName();
  const headingId = useId();
  const newId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const name = draft.trim();
    if (!name) return setError(t('groups.errors.nameRequired'));
    if (groups.length >= LIMITS.groups) return setError(t('roster.errors.groupsFull'));
    onAdd(name);
    setDraft('');
    setError(null);
  }

  return (
    <fieldset className="workshop-groups">
      <legend id={headingId}>{t('groups.heading')}</legend>
      <p className="field__hint">{t('groups.hint')}</p>
      <ul className="workshop-groups__list">
        {groups.map((g) => {
          const count = members(g.id);
          return (
            <li key={g.id} className="workshop-groups__item">
              <label className="visually-hidden" htmlFor={`group-${g.id}`}>
                {t('groups.nameLabel', { name: groupName(g) })}
              </label>
              <input
                id={`group-${g.id}`}
                className="field__input"
                value={g.name || groupName(g)}
                maxLength={LIMITS.shortText}
                onChange={(e) => {
                  const value = e.target.value;
                  // A default group typed back to its own translated name stays a default group.
                  onRename(g.id, g.preset && value === groupName({ ...g, name: '' }) ? '' : value);
                }}
              />
              <span className="workshop-muted">{t('groups.members', { count })}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={count > 0 || groups.length <= 1}
                aria-label={t('groups.removeLabel', { name: groupName(g) })}
                onClick={() => onRemove(g.id)}
              >
                {t('groups.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="field">
        <label htmlFor={newId} className="field__label">
          {t('groups.newLabel')}
        </label>
        <div className="workshop-inline">
          <input
            id={newId}
            className="field__input"
            value={draft}
            maxLength={LIMITS.shortText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${newId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={add}>
            {t('groups.add')}
          </button>
        </div>
        {error && (
          <p id={`${newId}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
