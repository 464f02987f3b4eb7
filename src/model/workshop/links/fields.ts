/**
 * Value tables of the link formats. A value's position is what the link carries, so these lists
 * only ever grow at the end: never reorder or remove an entry, or old links change meaning.
 * They are kept apart from schema.ts's lists on purpose (those may be reordered), and typed
 * against them, so a value the schema does not know cannot enter a link.
 */
import type { Anonymity, AssessmentKind, CustomerWord } from '../../schema';

export const LINK_CUSTOMER_WORDS = [
  'customer',
  'tenant',
  'resident',
  'client',
  'patient',
  'guest',
] as const satisfies readonly CustomerWord[];

export const LINK_QUESTIONNAIRES = ['quick', 'full'] as const satisfies readonly AssessmentKind[];

export const LINK_ANONYMITY_LEVELS = ['named', 'anonymous'] as const satisfies readonly Anonymity[];

export type { Anonymity, CustomerWord };
export type Questionnaire = AssessmentKind;

/** A workshop id as the schema's id pattern allows it. */
export const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A participant code such as M1 or E12: 1 to 12 letters, digits, '-' or '_'. */
export const PARTICIPANT_CODE = /^[A-Za-z0-9_-]{1,12}$/;

/** The longest title and group name an invitation carries, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 500;
