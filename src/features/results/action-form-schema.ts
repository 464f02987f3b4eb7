import { z } from '../../model/zod';
import { ELEMENT_IDS, type ElementId } from '../../model/framework';
import { actionSchema, isIsoDate, LIMITS, type Action, type StepRef } from '../../model/schema';

/** The element select's value for an action that belongs to no single element. */
export const GENERAL = 'general';

const errors = {
  required: 'results.actionForm.errors.descriptionRequired',
  tooLong: 'results.actionForm.errors.tooLong',
  invalidDate: 'results.actionForm.errors.invalidDate',
} as const;

/**
 * The action form's fields, derived from the saved actionSchema: the same statuses, priorities
 * and limits, but in the form's own shape (every field a string: '' for no due date, 'general'
 * for no element) and with messages that say what to do in this form.
 */
export const actionFormSchema = actionSchema.pick({ status: true, priority: true }).extend({
  elementId: z.enum([GENERAL, ...ELEMENT_IDS]),
  description: z
    .string()
    .trim()
    .min(1, { error: errors.required })
    .max(LIMITS.longText, { error: errors.tooLong }),
  owner: z.string().trim().max(LIMITS.shortText, { error: errors.tooLong }),
  due: z.string().refine((v) => v === '' || isIsoDate(v), { error: errors.invalidDate }),
});

export type ActionFormValues = z.input<typeof actionFormSchema>;

/** The message shown when the browser itself knows the typed date is impossible. */
export const INVALID_DATE_MESSAGE = errors.invalidDate;

export function emptyActionValues(elementId: ElementId | null = null, description = '') {
  return {
    elementId: elementId ?? GENERAL,
    description,
    owner: '',
    due: '',
    status: 'open',
    priority: 'medium',
  } satisfies ActionFormValues;
}

export function actionToValues(action: Action): ActionFormValues {
  return {
    elementId: action.elementId ?? GENERAL,
    description: action.description,
    owner: action.owner,
    due: action.due ?? '',
    status: action.status,
    priority: action.priority,
  };
}

/** The saved action for checked form values. */
export function valuesToAction(values: z.output<typeof actionFormSchema>, id: string): Action {
  return {
    id,
    elementId: values.elementId === GENERAL ? null : values.elementId,
    description: values.description,
    owner: values.owner,
    due: values.due === '' ? null : values.due,
    status: values.status,
    priority: values.priority,
    stepRef: null,
  };
}

/** What the action form shows: a new action (maybe pre-filled from a next step) or an edit. */
export interface ActionFormState {
  mode: 'add' | 'edit';
  /** The action being edited. */
  editId: string | null;
  values: ActionFormValues;
  /** Filled in from a suggested next step. */
  prefilled: boolean;
  /**
   * The suggested step it was filled in from: kept on the new action while its text is left as
   * it was (the step's id and its text in both report languages).
   */
  stepRef?: StepRef | null;
  /** Changes whenever the form must start afresh with `values`. */
  nonce: number;
  /** Move focus to the form when it appears (after "Edit" or "Add as action"). */
  focus: boolean;
}

export const INITIAL_ACTION_FORM: ActionFormState = {
  mode: 'add',
  editId: null,
  values: emptyActionValues(),
  prefilled: false,
  nonce: 0,
  focus: false,
};
