import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { ELEMENT_IDS, type ElementId } from '../../model/framework';
import { withElementInput } from '../../model/edits';
import { displayScore } from '../../model/numbers';
import { LIMITS, type Assessment } from '../../model/schema';
import { withLock } from '../../model/workshop/setup';
import { acceptTriage, parseAgreedScore } from '../../model/workshop/agreement';
import type { Triage } from '../../model/workshop/triage';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { useWorkshopResults, useWorkshopText } from './use-workshop';

/**
 * The agreement: starting it locks the individual answers (unlocking is possible and recorded);
 * triage accepts the close elements at the team score in one step; every other element gets an
 * agreed score with its reason.
 */
export function AgreementSection({ id }: { id: string }) {
  const a = useAssessments((s) => s.byId[id]);
  if (!a) return null;
  return <Agreement a={a} />;
}

function Agreement({ a }: { a: Assessment }) {
  const { t, i18n } = useTranslation('workshop');
  const r = useWorkshopResults(a);
  const text = useWorkshopText(a);
  const locked = a.lock.locked;
  const editable = !a.readOnly;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const toDiscuss = ELEMENT_IDS.filter(
    (e) => r.triage.discuss.includes(e) || r.triage.agreed.includes(e),
  );

  return (
    <div className="workshop-agree">
      <section aria-labelledby="lock-heading" className="workshop-section">
        <h2 id="lock-heading">{t('agree.lock.heading')}</h2>
        <p>{t(locked ? 'agree.lock.locked' : 'agree.lock.open')}</p>
        {editable && (
          <button
            type="button"
            className={`button${locked ? ' button--secondary' : ''}`}
            onClick={() =>
              updateAssessment(a.id, (x) => withLock(x, !locked, new Date().toISOString()))
            }
          >
            {t(locked ? 'agree.lock.unlock' : 'agree.lock.start')}
          </button>
        )}
        {a.lock.history.length > 0 && (
          <details className="workshop-lock-history">
            <summary>{t('agree.lock.history')}</summary>
            <ul>
              {a.lock.history.map((h, i) => (
                <li key={i}>
                  {t(h.locked ? 'agree.lock.lockedAt' : 'agree.lock.unlockedAt', {
                    when: when(h.at),
                  })}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {!locked ? (
        <Notice tone="info">
          <p>{t('agree.startFirst')}</p>
        </Notice>
      ) : (
        <>
          <section aria-labelledby="triage-heading" className="workshop-section">
            <h2 id="triage-heading">{t('agree.triage.heading')}</h2>
            {r.triage.accept.length === 0 ? (
              <p>{t('agree.triage.none')}</p>
            ) : (
              <>
                <p>{t('agree.triage.intro', { count: r.triage.accept.length })}</p>
                <ul>
                  {r.triage.accept.map((x) => (
                    <li key={x.elementId}>
                      {t('agree.triage.item', {
                        name: text.element(x.elementId),
                        score: text.score(x.score),
                      })}
                    </li>
                  ))}
                </ul>
                {editable && <TriageAccept a={a} triage={r.triage} />}
              </>
            )}
            {r.triage.unscored.length > 0 && (
              <p className="workshop-muted">
                {t('agree.triage.unscored', {
                  list: r.triage.unscored.map((e) => text.element(e)).join(', '),
                })}
              </p>
            )}
          </section>

          <section aria-labelledby="agree-heading" className="workshop-section">
            <h2 id="agree-heading">{t('agree.set.heading')}</h2>
            {toDiscuss.length === 0 ? (
              <p>{t('agree.set.none')}</p>
            ) : (
              toDiscuss.map((e) => (
                <AgreeElement key={e} a={a} elementId={e} results={r} disabled={!editable} />
              ))
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** One reason for every close element, prefilled with why triage offers them; then one step. */
function TriageAccept({ a, triage }: { a: Assessment; triage: Triage }) {
  const { t } = useTranslation('workshop');
  const [reason, setReason] = useState(() => t('agree.triage.defaultReason'));
  const [error, setError] = useState<string | null>(null);
  const id = 'triage-reason';
  function accept() {
    const given = reason.trim();
    if (given === '') return setError(t('agree.set.errors.reason'));
    const ok = updateAssessment(a.id, (x) => acceptTriage(x, triage, given));
    setError(ok ? null : t('agree.set.errors.refused'));
  }
  return (
    <>
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('agree.triage.reason')}
        </label>
        <textarea
          id={id}
          className="field__input field__textarea"
          value={reason}
          rows={2}
          maxLength={LIMITS.longText}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(ev) => {
            setReason(ev.target.value);
            setError(null);
          }}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={accept}>
        {t('agree.triage.accept', { count: triage.accept.length })}
      </button>
    </>
  );
}

function AgreeElement({
  a,
  elementId,
  results,
  disabled,
}: {
  a: Assessment;
  elementId: ElementId;
  results: ReturnType<typeof useWorkshopResults>;
  disabled: boolean;
}) {
  const { t } = useTranslation('workshop');
  const text = useWorkshopText(a);
  const e = results.team[elementId];
  const input = a.elements[elementId];
  // The agreed score starts at the displayed team mean (MODEL.md "Team").
  const start = input.agreedScore ?? (e.teamScore === null ? null : displayScore(e.teamScore));
  const [score, setScore] = useState(start === null ? '' : text.score(start));
  const [reason, setReason] = useState(input.agreedReason);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const base = `agree-${elementId}`;

  function save() {
    const parsed = parseAgreedScore(score);
    if (!parsed.ok) return setError(t(`agree.set.errors.${parsed.problem}`));
    if (reason.trim() === '') return setError(t('agree.set.errors.reason'));
    const ok = updateAssessment(a.id, (x) =>
      withElementInput(x, elementId, { agreedScore: parsed.value, agreedReason: reason.trim() }),
    );
    setError(ok ? null : t('agree.set.errors.refused'));
    setSaved(ok);
  }

  return (
    <fieldset className="workshop-agree__element">
      <legend>{text.element(elementId)}</legend>
      <p>
        {t('agree.set.facts', {
          team: text.score(e.teamScore),
          min: e.spread ? text.score(displayScore(e.spread.min)) : '–',
          max: e.spread ? text.score(displayScore(e.spread.max)) : '–',
          count: e.participantsScored,
        })}
        {input.agreedScore !== null && (
          <strong> {t('agree.set.current', { score: text.score(input.agreedScore) })}</strong>
        )}
      </p>
      <div className="workshop-agree__fields">
        <div className="field">
          <label htmlFor={`${base}-score`} className="field__label">
            {t('agree.set.score')}
          </label>
          <input
            id={`${base}-score`}
            className="field__input workshop-agree__score"
            inputMode="decimal"
            value={score}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${base}-hint${error ? ` ${base}-error` : ''}`}
            onChange={(ev) => {
              setScore(ev.target.value);
              setSaved(false);
            }}
          />
          <p id={`${base}-hint`} className="field__hint">
            {t('agree.set.scoreHint')}
          </p>
        </div>
        <div className="field workshop-agree__reason">
          <label htmlFor={`${base}-reason`} className="field__label">
            {t('agree.set.reason')}
          </label>
          <textarea
            id={`${base}-reason`}
            className="field__input field__textarea"
            value={reason}
            rows={2}
            maxLength={LIMITS.longText}
            disabled={disabled}
            onChange={(ev) => {
              setReason(ev.target.value);
              setSaved(false);
            }}
          />
        </div>
      </div>
      {error && (
        <p id={`${base}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {!disabled && (
        <div className="button-row">
          <button type="button" className="button" onClick={save}>
            {t('agree.set.save')}
          </button>
          {input.agreedScore !== null && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                updateAssessment(a.id, (x) =>
                  withElementInput(x, elementId, { agreedScore: null, agreedReason: '' }),
                );
                setReason('');
                setSaved(false);
              }}
            >
              {t('agree.set.clear')}
            </button>
          )}
          <span role="status" className="workshop-muted">
            {saved ? t('agree.set.saved') : ''}
          </span>
        </div>
      )}
    </fieldset>
  );
}
