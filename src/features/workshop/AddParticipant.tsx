import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anonymity, Group, Participant } from '../../model/schema';
import { codeProblem, suggestCode } from '../../model/workshop/setup';
import { LIMITS } from '../../model/schema';
import { ParticipantFields } from './ParticipantFields';

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
      <ParticipantFields
        id={id}
        anonymity={anonymity}
        groups={groups}
        name={name}
        onName={setName}
        groupId={group?.id ?? ''}
        onGroup={setGroupId}
        code={shownCode}
        onCode={setCode}
        codeHint={t('roster.codeHint')}
        error={error}
      >
        <button type="button" className="button button--secondary" onClick={add} disabled={full}>
          {t('roster.add')}
        </button>
      </ParticipantFields>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {full && <p className="workshop-muted">{t('roster.errors.full')}</p>}
    </fieldset>
  );
}
