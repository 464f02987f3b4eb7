/**
 * Value tables of the link formats. A value's position is what the link carries, so these lists
 * only ever grow at the end: never reorder or remove an entry, or old links change meaning.
 */

/** The assessment's word for the customer (MODEL.md "Framework versions and sector wording"). */
export const CUSTOMER_WORDS = [
  'customer',
  'tenant',
  'resident',
  'client',
  'patient',
  'guest',
] as const;
export type CustomerWord = (typeof CUSTOMER_WORDS)[number];

export const QUESTIONNAIRES = ['quick', 'full'] as const;
export type Questionnaire = (typeof QUESTIONNAIRES)[number];

export const ANONYMITY_LEVELS = ['named', 'anonymous'] as const;
export type AnonymityLevel = (typeof ANONYMITY_LEVELS)[number];

/** A workshop id as the schema's id pattern allows it. */
export const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A participant code such as M1 or E12: 1 to 12 letters, digits, '-' or '_'. */
export const PARTICIPANT_CODE = /^[A-Za-z0-9_-]{1,12}$/;

/** The longest title and group name an invitation carries, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 500;
