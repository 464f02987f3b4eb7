import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useTimeEstimates } from '../../../i18n/time-estimates';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import type { Invitation } from '../../../model/workshop/links/invitation';
import { chooseCode, useParticipantDraft } from '../../../state/participant-draft';

/**
 * Before any answer: the workshop, the group, who will see what (the anonymity level, fixed
 * when the workshop was made), and the participant's pick of their own code.
 */
export function CodePicker({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { quickMinutes } = useTimeEstimates();
  const id = useId();
  const started = useParticipantDraft((s) => s.record.drafts);
  const [code, setCode] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code === null) setMissing(true);
    else chooseCode(code);
  };
  return (
    <div className="participant">
      <p className="participant__eyebrow">
        {t('workshop.participant.invitedFor', { group: invitation.groupName })}
      </p>
      <PageHeading>{invitation.title}</PageHeading>
      <p>
        {t(
          invitation.questionnaire === 'quick'
            ? 'workshop.participant.aboutQuick'
            : 'workshop.participant.aboutFull',
          { minutes: quickMinutes },
        )}
      </p>
      <Notice tone="info" className="participant__anonymity">
        <h2 className="participant__anonymity-title">
          {t(`workshop.participant.anonymity.${invitation.anonymity}.title`)}
        </h2>
        <p>{t(`workshop.participant.anonymity.${invitation.anonymity}.body`)}</p>
      </Notice>
      <form onSubmit={submit} noValidate>
        <fieldset
          className="participant__codes"
          aria-describedby={missing ? `${id}-error` : `${id}-hint`}
        >
          <legend className="participant__codes-legend">
            {t('workshop.participant.pickCode')}
          </legend>
          <p id={`${id}-hint`} className="field__hint">
            {t('workshop.participant.pickCodeHint')}
          </p>
          <div className="participant__code-list">
            {invitation.codes.map((c) => (
              <label key={c} className="choice participant__code">
                <input
                  type="radio"
                  className="choice__input"
                  name={`${id}-code`}
                  value={c}
                  // The group is required (said by screen readers); the form checks it (noValidate).
                  required
                  checked={code === c}
                  onChange={() => {
                    setCode(c);
                    setMissing(false);
                  }}
                />
                <span className="choice__number">{c}</span>
                {started[c] && (
                  <span className="choice__name">{t('workshop.participant.started')}</span>
                )}
              </label>
            ))}
          </div>
          {missing && (
            <p id={`${id}-error`} className="field__error">
              {t('workshop.participant.pickCodeFirst')}
            </p>
          )}
        </fieldset>
        <p>
          <button type="submit" className="button">
            {t('workshop.participant.start')}
          </button>
        </p>
      </form>
    </div>
  );
}
