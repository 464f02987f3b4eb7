import { zodResolver } from '@hookform/resolvers/zod';
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import {
  useForm,
  type FieldError,
  type FieldValues,
  type UseFormProps,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { z } from 'zod';

/**
 * The one form wrapper: react-hook-form with a zod schema (bulletproof-react's pattern). The
 * schema's messages are i18n keys, turned into the user's language by <FieldErrorText/>.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    ...options,
    resolver: zodResolver(schema as never) as never,
    mode: options?.mode ?? 'onTouched',
  });
}

function FieldErrorText({ id, error }: { id: string; error?: FieldError }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <p id={id} className="field__error">
      {t(error.message as 'errors.required', { defaultValue: t('errors.invalid') })}
    </p>
  );
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: FieldError;
  registration: UseFormRegisterReturn;
  /**
   * The form refuses it empty. Said to screen readers with aria-required; on screen the other
   * fields say "(optional)" in their labels. The forms check it themselves (noValidate), so no
   * native `required`, whose browser bubble would speak the browser's language, not the user's.
   */
  required?: boolean;
}

/** Label, hint and error around one control, wired with ids so the control is described by both. */
function FieldFrame({
  label,
  hint,
  error,
  children,
}: Omit<FieldProps, 'registration'> & {
  children: (control: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy })}
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  registration,
  required,
  ...rest
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className="field__input"
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  registration,
  required,
  ...rest
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'required'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          className="field__input field__textarea"
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
