import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { TextField, useZodForm } from './form';
import { CUSTOMER_WORDS, type AssessmentMeta } from '../model/schema';
import { detailsSchema, metaFromDetails, newDetails, type Details } from '../model/details';
import { uiLanguageOf } from '../i18n/config';
import { todayIso } from '../state/assessment-commands';
import './DetailsForm.css';

/**
 * What the form opens with for a new assessment or workshop: today, the UI language, and the
 * default title `titleOf(year)` gives. Worked out once, so a re-render keeps the date and title.
 */
export function useNewDetails(titleOf: (year: string) => string) {
  const { i18n } = useTranslation();
  const [start] = useState(() => {
    const today = todayIso();
    return newDetails({
      defaultTitle: titleOf(today.slice(0, 4)),
      today,
      language: uiLanguageOf(i18n.resolvedLanguage),
    });
  });
  return start;
}

/**
 * The one details form: title, organisation, scope, assessor, date, report language and the word
 * for the customer. The new-assessment page and "Edit details" both use it; `start` is what the
 * form opens with (src/model/details.ts says how the default title is kept). The report language
 * never switches the interface.
 */
export function DetailsForm({
  start,
  submitLabel,
  cancelHref,
  onSubmit,
  heading,
  assessor,
  children,
}: {
  start: { values: Details; titleIsDefault: boolean };
  submitLabel: string;
  cancelHref: string;
  onSubmit: (meta: AssessmentMeta) => void;
  /** A heading over the details, where the caller's own fields follow them. */
  heading?: string;
  /** The assessor's label and hint where the caller names the role otherwise (a facilitator). */
  assessor?: { label: string; hint: string };
  /** More fields of the caller's own, shown after the details (workshop settings, say). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useZodForm(detailsSchema, { defaultValues: start.values });
  const { register, formState } = form;
  const errors = formState.errors;
  const submit = form.handleSubmit((values) => onSubmit(metaFromDetails(values, start)));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="card details-form">
      {heading && <h2>{heading}</h2>}
      <TextField
        label={t('new.fields.title')}
        registration={register('title')}
        required
        error={errors.title}
        autoComplete="off"
      />
      <TextField
        label={t('new.fields.organisation')}
        registration={register('organisation')}
        required
        error={errors.organisation}
        autoComplete="organization"
      />
      <TextField
        label={t('new.fields.scope')}
        hint={t('new.fields.scopeHint')}
        registration={register('scope')}
        error={errors.scope}
      />
      <TextField
        label={assessor?.label ?? t('new.fields.assessor')}
        hint={assessor?.hint ?? t('new.fields.assessorHint')}
        registration={register('assessor')}
        error={errors.assessor}
        autoComplete="name"
      />
      <TextField
        label={t('new.fields.date')}
        type="date"
        registration={register('date')}
        required
        error={errors.date}
      />
      <div className="field">
        <label htmlFor={`${id}-language`} className="field__label">
          {t('new.fields.language')}
        </label>
        <p id={`${id}-language-hint`} className="field__hint">
          {t('new.fields.languageHint')}
        </p>
        <select
          id={`${id}-language`}
          className="field__input"
          aria-describedby={`${id}-language-hint`}
          {...register('language')}
        >
          <option value="nl" lang="nl">
            {t('language.names.nl')}
          </option>
          <option value="en" lang="en">
            {t('language.names.en')}
          </option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-customer-word`} className="field__label">
          {t('new.fields.customerWord')}
        </label>
        <p id={`${id}-customer-word-hint`} className="field__hint">
          {t('new.fields.customerWordHint')}
        </p>
        <select
          id={`${id}-customer-word`}
          className="field__input"
          aria-describedby={`${id}-customer-word-hint`}
          {...register('customerWord')}
        >
          {CUSTOMER_WORDS.map((word) => (
            <option key={word} value={word}>
              {t(`customerWords.${word}`)}
            </option>
          ))}
        </select>
      </div>
      {children}
      <div className="button-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <a href={cancelHref} className="button button--secondary">
          {t('actions.cancel')}
        </a>
      </div>
    </form>
  );
}
