import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { TextField, useZodForm } from '../../components/form';
import { navigate } from '../../lib/router';
import { CUSTOMER_WORDS, metaSchema, type AssessmentKind } from '../../model/schema';
import { createAssessment, todayIso } from '../../state/assessment-commands';
import { uiLanguageOf } from '../../i18n/config';

/** The form's fields: the details a user types; whether the title is the default is worked out. */
const detailsSchema = metaSchema.omit({ titleIsDefault: true });

/**
 * Title, organisation, scope, assessor, date and language of a new assessment. The language is
 * the default language of its report and CSV; it never switches the interface.
 */
export function NewAssessmentPage({ kind }: { kind: AssessmentKind }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = uiLanguageOf(i18n.resolvedLanguage);
  const today = todayIso();
  const defaultTitle = t('new.defaultTitle', { year: today.slice(0, 4) });
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

  const onSubmit = form.handleSubmit((meta) => {
    // An untouched default title is remade in the report language wherever it is shown.
    const id = createAssessment(kind, { ...meta, titleIsDefault: meta.title === defaultTitle });
    navigate({ name: 'assess', id, step: null });
  });

  return (
    <div className="new-assessment">
      <PageHeading>{t(kind === 'quick' ? 'new.titleQuick' : 'new.titleFull')}</PageHeading>
      <p>{t(kind === 'quick' ? 'new.introQuick' : 'new.introFull')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="card new-assessment__form">
        <TextField
          label={t('new.fields.title')}
          registration={register('title')}
          error={errors.title}
          autoComplete="off"
        />
        <TextField
          label={t('new.fields.organisation')}
          registration={register('organisation')}
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
          label={t('new.fields.assessor')}
          hint={t('new.fields.assessorHint')}
          registration={register('assessor')}
          error={errors.assessor}
          autoComplete="name"
        />
        <TextField
          label={t('new.fields.date')}
          type="date"
          registration={register('date')}
          error={errors.date}
        />
        <div className="field">
          <label htmlFor="new-language" className="field__label">
            {t('new.fields.language')}
          </label>
          <p id="new-language-hint" className="field__hint">
            {t('new.fields.languageHint')}
          </p>
          <select
            id="new-language"
            className="field__input"
            aria-describedby="new-language-hint"
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
          <label htmlFor="new-customer-word" className="field__label">
            {t('new.fields.customerWord')}
          </label>
          <p id="new-customer-word-hint" className="field__hint">
            {t('new.fields.customerWordHint')}
          </p>
          <select
            id="new-customer-word"
            className="field__input"
            aria-describedby="new-customer-word-hint"
            {...register('customerWord')}
          >
            {CUSTOMER_WORDS.map((word) => (
              <option key={word} value={word}>
                {t(`customerWords.${word}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('new.submit')}
          </button>
          <a href="#/" className="button button--secondary">
            {t('actions.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
