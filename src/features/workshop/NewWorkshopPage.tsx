import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useTimeEstimates } from '../../i18n/time-estimates';
import { PageHeading } from '../../components/PageHeading';
import { DetailsForm, useNewDetails } from '../../components/DetailsForm';
import { navigate } from '../../lib/router';
import { newId } from '../../lib/ids';
import {
  type AssessmentMeta,
  type Anonymity,
  type AssessmentKind,
  type Group,
  type Participant,
} from '../../model/schema';
import { withGroup, withGroupName, withoutGroup, workshopGroups } from '../../model/workshop/setup';
import { createWorkshop } from '../../state/workshop-commands';
import { AddParticipant } from './AddParticipant';
import { GroupsEditor } from './GroupsEditor';
import { useGroupName } from './use-group-name';
import './workshop.css';

/**
 * A new workshop: the details (in the one details form), the questionnaire, the anonymity level
 * (fixed from here on), the groups and the participants. Participants can also be added later, on the workshop page.
 */
export function NewWorkshopPage() {
  const { t } = useTranslation(['workshop', 'common']);
  const estimates = useTimeEstimates();
  const groupName = useGroupName();
  const start = useNewDetails((year) => t('create.defaultTitle', { year }));
  const [kind, setKind] = useState<AssessmentKind>('quick');
  const [anonymity, setAnonymity] = useState<Anonymity>('named');
  const [groups, setGroups] = useState<Group[]>(workshopGroups);
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [rosterError, setRosterError] = useState<string | null>(null);
  const members = (groupId: string) => participants.filter((p) => p.groupId === groupId).length;

  // The group edits run on a stand-in assessment, so the rules live once in the model.
  const onGroups = (edit: (g: Group[]) => Group[] | string) => {
    const next = edit(groups);
    if (typeof next === 'string') setRosterError(t(next as 'roster.errors.full'));
    else {
      setGroups(next);
      setRosterError(null);
    }
  };
  const stand = (g: Group[]) => ({ groups: g, participants });

  const onSubmit = (meta: AssessmentMeta) => {
    if (participants.length === 0) {
      setRosterError(t('create.errors.noParticipants'));
      return;
    }
    const id = createWorkshop({
      kind,
      meta,
      groups,
      participants,
      anonymity,
    });
    navigate({ name: 'workshop', id, section: null });
  };

  return (
    <div className="workshop-new">
      <PageHeading>{t('create.heading')}</PageHeading>
      <p>{t('create.intro')}</p>
      <DetailsForm
        start={start}
        heading={t('create.detailsHeading')}
        assessor={{ label: t('create.facilitator'), hint: t('create.facilitatorHint') }}
        submitLabel={t('create.submit')}
        cancelHref="#/"
        onSubmit={onSubmit}
      >
        <h2>{t('create.setupHeading')}</h2>
        <fieldset className="workshop-choice">
          <legend>{t('create.kind')}</legend>
          {(['quick', 'full'] as const).map((k) => (
            <label key={k} className="workshop-choice__option">
              <input
                type="radio"
                name="workshop-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {t(`create.kinds.${k}`, {
                minutes: k === 'quick' ? estimates.quickMinutes : estimates.fullMinutes,
              })}
            </label>
          ))}
        </fieldset>
        <fieldset className="workshop-choice">
          <legend>{t('create.anonymity')}</legend>
          <p className="field__hint">{t('create.anonymityHint')}</p>
          {(['named', 'anonymous'] as const).map((level) => (
            <label key={level} className="workshop-choice__option">
              <input
                type="radio"
                name="workshop-anonymity"
                value={level}
                checked={anonymity === level}
                onChange={() => setAnonymity(level)}
              />{' '}
              {t(`anonymity.${level}.facilitator`)}
            </label>
          ))}
        </fieldset>

        <GroupsEditor
          groups={groups}
          members={members}
          onRename={(id, name) => onGroups((g) => withGroupName(stand(g), id, name).groups)}
          onAdd={(name) =>
            onGroups((g) => {
              const r = withGroup(stand(g), { id: newId('g'), preset: null, name });
              return r.ok ? r.value.groups : r.problem;
            })
          }
          onRemove={(id) =>
            onGroups((g) => {
              const r = withoutGroup(stand(g), id);
              return r.ok ? r.value.groups : r.problem;
            })
          }
        />

        <section aria-labelledby="workshop-new-roster" className="workshop-new__roster">
          <h3 id="workshop-new-roster">{t('roster.heading')}</h3>
          {participants.length === 0 ? (
            <p className="workshop-muted">{t('create.noParticipantsYet')}</p>
          ) : (
            <ul className="workshop-new__people">
              {participants.map((p) => (
                <li key={p.id}>
                  <span className="workshop-code">{p.code}</span>{' '}
                  {anonymity === 'named' && p.name && <span>{p.name} · </span>}
                  <span>{groupName(groups.find((g) => g.id === p.groupId))}</span>{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('roster.removeLabel', { code: p.code })}
                    onClick={() => setParticipants((ps) => ps.filter((x) => x.id !== p.id))}
                  >
                    {t('roster.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AddParticipant
            groups={groups}
            participants={participants}
            anonymity={anonymity}
            onAdd={(p) => {
              setParticipants((ps) => [...ps, { ...p, id: newId('p') }]);
              setRosterError(null);
              return null;
            }}
          />
        </section>
        {rosterError && (
          <p className="field__error" role="alert">
            {rosterError}
          </p>
        )}
      </DetailsForm>
    </div>
  );
}
