import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anonymity, Group, Participant } from '../../model/schema';
import { ParticipantFields } from './ParticipantFields';

interface Props {
  participant: Participant;
  groups: Group[];
  anonymity: Anonymity;
  /** Returns an i18n key (workshop namespace) when the change was refused, else null. */
  onSave: (change: Pick<Participant, 'code' | 'name' | 'groupId'>) => string | null;
  onClose: () => void;
}

/**
 * Changes one participant's code, name (named workshops) or group after creation. A refused
 * change (a code another has, a bad code) is named in the user's language and nothing is saved.
 */
export function EditParticipant({ participant, groups, anonymity, onSave, onClose }: Props) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const [code, setCode] = useState(participant.code);
  const [name, setName] = useState(participant.name);
  const [groupId, setGroupId] = useState(participant.groupId);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const codeChanged = code.trim().toUpperCase() !== participant.code.toUpperCase();

  function save() {
    const refused = onSave({ code: code.trim().toUpperCase(), name: name.trim(), groupId });
    if (refused) setError(t(refused as 'roster.errors.full'));
    else onClose();
  }

  return (
    <fieldset className="workshop-add">
      <legend>{t('roster.editHeading', { code: participant.code })}</legend>
      <ParticipantFields
        id={id}
        anonymity={anonymity}
        groups={groups}
        name={name}
        onName={setName}
        groupId={groupId}
        onGroup={setGroupId}
        code={code}
        onCode={(c) => {
          setCode(c);
          setError(null);
        }}
        codeHint={codeChanged ? t('roster.codeChangedHint') : t('roster.codeHint')}
        error={error}
        codeRef={first}
      />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={save}>
          {t('roster.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('roster.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
