import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useTimeEstimates } from '../../i18n/time-estimates';
import { PageHeading } from '../../components/PageHeading';
import { TextField, useZodForm } from '../../components/form';
import { navigate } from '../../lib/router';
import { newId } from '../../lib/ids';
import {
  CUSTOMER_WORDS,
  metaSchema,
  type Anonymity,
  type AssessmentKind,
  type Group,
  type Participant,
} from '../../model/schema';
import { withGroup, withGroupName, withoutGroup, workshopGroups } from '../../model/workshop/setup';
import { todayIso } from '../../state/assessment-commands';
import { createWorkshop } from '../../state/workshop-commands';
import { uiLanguageOf } from '../../i18n/config';
import { AddParticipant } from './AddParticipant';
import { GroupsEditor } from './GroupsEditor';
import { useGroupName } from './use-group-name';
import './workshop.css';

const detailsSchema = metaSchema.omit({ titleIsDefault: true });

/**
 * A new workshop: the details, the questionnaire, the anonymity level (fixed from here on), the
 * groups and the participants. Participants can also be added later, on the workshop page.
 */
export function NewWorkshopPage() {
  const { t, i18n } = useTranslation(['workshop', 'common']);
  const estimates = useTimeEstimates();
  const uiLanguage = uiLanguageOf(i18n.resolvedLanguage);
  const groupName = useGroupName();
  const today = todayIso();
  const defaultTitle = t('create.defaultTitle', { year: today.slice(0, 4) });
  const form = useZodForm(detailsSchema, {
    defaultValues: {
      title: defaultTitle,
      organisation: '',
      scope: '',
      assessor: '',
      date: today,
      language: uiLanguage,
      customerWord: 'customer',
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;
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

  const onSubmit = form.handleSubmit((meta) => {
    if (participants.length === 0) {
      setRosterError(t('create.errors.noParticipants'));
      return;
    }
    const id = createWorkshop({
      kind,
      meta: { ...meta, titleIsDefault: meta.title === defaultTitle },
      groups,
      participants,
      anonymity,
    });
    navigate({ name: 'workshop', id, section: null });
  });

  return (
    <div className="workshop-new">
      <PageHeading>{t('create.heading')}</PageHeading>
      <p>{t('create.intro')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="card workshop-new__form">
        <h2>{t('create.detailsHeading')}</h2>
        <TextField
          label={t('common:new.fields.title')}
          registration={register('title')}
          required
          error={errors.title}
          autoComplete="off"
        />
        <TextField
          label={t('common:new.fields.organisation')}
          registration={register('organisation')}
          required
          error={errors.organisation}
          autoComplete="organization"
        />
        <TextField
          label={t('create.facilitator')}
          registration={register('assessor')}
          error={errors.assessor}
          autoComplete="name"
        />
        <TextField
          label={t('common:new.fields.date')}
          type="date"
          registration={register('date')}
          required
          error={errors.date}
        />
        <div className="field">
          <label htmlFor="workshop-language" className="field__label">
            {t('common:new.fields.language')}
          </label>
          <select id="workshop-language" className="field__input" {...register('language')}>
            <option value="nl" lang="nl">
              {t('common:language.names.nl')}
            </option>
            <option value="en" lang="en">
              {t('common:language.names.en')}
            </option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="workshop-customer-word" className="field__label">
            {t('common:new.fields.customerWord')}
          </label>
          <select
            id="workshop-customer-word"
            className="field__input"
            {...register('customerWord')}
          >
            {CUSTOMER_WORDS.map((word) => (
              <option key={word} value={word}>
                {t(`common:customerWords.${word}`)}
              </option>
            ))}
          </select>
        </div>

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
        <div className="button-row">
          <button type="submit" className="button">
            {t('create.submit')}
          </button>
          <a href="#/" className="button button--secondary">
            {t('common:actions.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
