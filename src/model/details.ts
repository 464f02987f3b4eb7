/**
 * An assessment's details as one form edits them, for a new assessment and for an existing one
 * alike. The form's schema is the meta schema without `titleIsDefault`, which is worked out: a
 * title still at its generated default is remade in the report language wherever it is shown, and
 * typing a title of one's own makes it the user's for good. A field added to metaSchema is part of
 * the form's schema at once; it then needs a default in newDetails() and a control in DetailsForm.
 */
import type { z } from './zod';
import { DEFAULT_CUSTOMER_WORD } from './customer-word';
import { metaSchema, type AssessmentMeta, type Language } from './schema';

export const detailsSchema = metaSchema.omit({ titleIsDefault: true });
export type Details = z.infer<typeof detailsSchema>;

/** The details a new assessment starts with: the generated title, today, the UI language. */
export function newDetails(args: { defaultTitle: string; today: string; language: Language }): {
  values: Details;
  titleIsDefault: true;
} {
  return {
    values: {
      title: args.defaultTitle,
      organisation: '',
      scope: '',
      assessor: '',
      date: args.today,
      language: args.language,
      customerWord: DEFAULT_CUSTOMER_WORD,
    },
    titleIsDefault: true,
  };
}

/** The details of an existing assessment, as its form starts. */
export function detailsOf(meta: AssessmentMeta): { values: Details; titleIsDefault: boolean } {
  const { titleIsDefault, ...values } = meta;
  return { values, titleIsDefault };
}

/**
 * The meta a submitted form gives. The title stays the default only while it was the default when
 * the form opened and is still exactly that text; any other title is the user's.
 */
export function metaFromDetails(
  values: Details,
  start: { values: Details; titleIsDefault: boolean },
): AssessmentMeta {
  return {
    ...values,
    titleIsDefault: start.titleIsDefault && values.title === start.values.title,
  };
}
