import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import { TextAreaField, TextField, useZodForm } from '../../components/form';
import { GlyphHint } from '../../components/GlyphHint';
import type { ElementId } from '../../model/framework';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../model/schema';
import {
  actionFormSchema,
  emptyActionValues,
  GENERAL,
  INVALID_DATE_MESSAGE,
  type ActionFormState,
} from './action-form-schema';
import type { z } from 'zod';

export type CheckedActionValues = z.output<typeof actionFormSchema>;

interface Props {
  state: ActionFormState;
  /** The edited action's place in the plan (for the heading). */
  number: number | null;
  elements: readonly { id: ElementId; name: string }[];
  /** Returns whether the action was saved. */
  onSubmit: (values: CheckedActionValues) => boolean;
  onCancel: () => void;
}

function SelectField({
  label,
  registration,
  children,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__input" {...registration}>
        {children}
      </select>
    </div>
  );
}

/**
 * Adds or edits one action. The browser's date picker keeps an impossible date out of the
 * field's value (it reads as empty), so its validity.badInput is checked as well: a typed
 * 30 February is refused with a message instead of silently becoming "no due date".
 */
export function ActionForm({ state, number, elements, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dueRef = useRef<HTMLInputElement | null>(null);
  const form = useZodForm(actionFormSchema, { defaultValues: state.values });
  const { register, handleSubmit, setError, reset, setFocus, formState, getValues } = form;
  // Checked when the field is left, not on every key: typing must re-render nothing.
  const [typed, setTyped] = useState(() => getValues('description') ?? '');
  const description = register('description');
  const descriptionRegistration: UseFormRegisterReturn = {
    ...description,
    onBlur: (event) => {
      setTyped(String((event.target as HTMLTextAreaElement).value));
      return description.onBlur(event);
    },
  };
  const errors = formState.errors;

  useEffect(() => {
    if (state.focus) headingRef.current?.focus();
  }, [state.focus]);

  const due = register('due');
  const dueRegistration: UseFormRegisterReturn = {
    ...due,
    ref: (el: HTMLInputElement | null) => {
      due.ref(el);
      dueRef.current = el;
    },
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (dueRef.current?.validity.badInput) {
      event.preventDefault();
      setError('due', { type: 'badInput', message: INVALID_DATE_MESSAGE }, { shouldFocus: true });
      return;
    }
    void handleSubmit((values) => {
      if (onSubmit(values) && state.mode === 'add') {
        reset(emptyActionValues());
        setFocus('description');
      }
    })(event);
  };

  const headingId = `action-form-${state.nonce}`;
  return (
    <form className="action-form card" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="action-form__heading">
        {state.mode === 'edit'
          ? t('results.actionForm.editHeading', { n: number ?? '' })
          : t('results.actionForm.addHeading')}
      </h3>
      {state.prefilled && <p className="field__hint">{t('results.actionForm.prefilled')}</p>}
      <div className="action-form__grid">
        <div className="action-form__wide">
          <TextAreaField
            label={t('results.actionForm.description')}
            hint={
              <>
                {t('results.actionForm.descriptionHint')} <GlyphHint text={typed} />
              </>
            }
            error={errors.description}
            registration={descriptionRegistration}
            required
            rows={3}
          />
        </div>
        <SelectField label={t('results.actionForm.element')} registration={register('elementId')}>
          <option value={GENERAL}>{t('results.actionForm.general')}</option>
          {elements.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('results.actionForm.owner')}
          error={errors.owner}
          registration={register('owner')}
          autoComplete="off"
        />
        <TextField
          label={t('results.actionForm.due')}
          error={errors.due}
          registration={dueRegistration}
          type="date"
          min="1900-01-01"
          max="2200-12-31"
        />
        <SelectField label={t('results.actionForm.status')} registration={register('status')}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`results.actionForm.statusOptions.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('results.actionForm.priority')} registration={register('priority')}>
          {ACTION_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`results.actionForm.priorityOptions.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {state.mode === 'edit' ? t('results.actionForm.save') : t('results.actionForm.add')}
        </button>
        {(state.mode === 'edit' || state.prefilled) && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('results.actionForm.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
