/**
 * The saved shape of an assessment and of the branding profile, as zod schemas. The TypeScript
 * types come from z.infer so the schema and the type can never drift apart. Every saved record
 * carries `schemaVersion`; older shapes are migrated by restore() before this schema validates.
 * Error messages are i18n keys (namespace `common`, under `errors.`).
 */
import { z } from './zod';
import { ELEMENT_IDS, isStatementId, type ElementId } from './framework';

export const SCHEMA_VERSION = 1;

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PARTICIPANT_GROUPS = ['management', 'front-line', 'staff', 'other'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;

/** Field limits: generous enough for real notes, small enough to keep a library in IndexedDB. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  participants: 100,
  actions: 500,
} as const;

/** Is `value` a real calendar date written as YYYY-MM-DD (so 2026-02-30 is refused)? */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[mo - 1] ?? 0);
}

const shortText = z
  .string({ error: 'errors.notText' })
  .max(LIMITS.shortText, { error: 'errors.tooLong' });
const longText = z
  .string({ error: 'errors.notText' })
  .max(LIMITS.longText, { error: 'errors.tooLong' });
const isoDate = z
  .string({ error: 'errors.notText' })
  .refine(isIsoDate, { error: 'errors.invalidDate' });
/**
 * Keys that restore() refuses anywhere in saved data, because a later spread or merge could reach
 * Object.prototype through them. Ids become record keys, so an id may never be one of them either.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const id = z
  .string({ error: 'errors.notText' })
  .min(1, { error: 'errors.required' })
  .max(100, { error: 'errors.tooLong' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.invalidId' })
  .refine((v) => !RESERVED_KEYS.has(v), { error: 'errors.invalidId' });

export const levelSchema = z
  .number({ error: 'errors.notANumber' })
  .int({ error: 'errors.notAWholeNumber' })
  .min(1, { error: 'errors.outOfRange' })
  .max(5, { error: 'errors.outOfRange' });

/** A statement's answer: a level, or 'na' (not applicable). An open answer is an absent key. */
export const answerSchema = z.union([levelSchema, z.literal('na')], {
  error: 'errors.invalidAnswer',
});

const elementIdSchema = z.enum(ELEMENT_IDS, { error: 'errors.unknownElement' });
const statementIdSchema = z.string().refine(isStatementId, { error: 'errors.unknownStatement' });

/**
 * zod reports a bad record key with its own English text ('Invalid key in record', 'Unrecognized key'),
 * not the key schema's message, so records name the i18n key themselves. Other issues fall through.
 */
function recordKeyError(key: string) {
  return (iss: { code?: string }) =>
    iss.code === 'invalid_key' || iss.code === 'unrecognized_keys' ? key : undefined;
}

export const metaSchema = z.object({
  title: shortText.min(1, { error: 'errors.required' }),
  organisation: shortText.min(1, { error: 'errors.required' }),
  scope: shortText,
  assessor: shortText,
  date: isoDate,
  language: z.enum(LANGUAGES, { error: 'errors.invalidLanguage' }),
});

export const participantSchema = z.object({
  id,
  name: shortText,
  group: z.enum(PARTICIPANT_GROUPS, { error: 'errors.invalidGroup' }),
});

/** Per element: what the team wrote down and decided. */
export const elementInputSchema = z.object({
  notes: longText,
  strengths: longText,
  improvements: longText,
  target: levelSchema,
  importance: levelSchema,
  /** The facilitator's agreed score, 1.0 to 5.0 with one decimal; null when none. */
  agreedScore: z
    .number({ error: 'errors.notANumber' })
    .min(1, { error: 'errors.outOfRange' })
    .max(5, { error: 'errors.outOfRange' })
    .refine((n) => Math.abs(Math.round(n * 10) - n * 10) < 1e-9, { error: 'errors.oneDecimal' })
    .nullable(),
});

export const actionSchema = z.object({
  id,
  elementId: elementIdSchema.nullable(),
  description: longText.min(1, { error: 'errors.required' }),
  owner: shortText,
  due: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES, { error: 'errors.invalidStatus' }),
  priority: z.enum(ACTION_PRIORITIES, { error: 'errors.invalidPriority' }),
});

export const assessmentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, { error: 'errors.unsupportedVersion' }),
    id,
    kind: z.enum(['quick', 'full'], { error: 'errors.invalidKind' }),
    meta: metaSchema,
    participants: z
      .array(participantSchema)
      .min(1, { error: 'errors.noParticipants' })
      .max(LIMITS.participants, { error: 'errors.tooMany' }),
    /** Full assessment answers: participant id -> statement id -> answer. */
    answers: z.record(
      id,
      z.record(statementIdSchema, answerSchema, {
        error: recordKeyError('errors.unknownStatement'),
      }),
      { error: recordKeyError('errors.invalidId') },
    ),
    /** Quick-check levels: participant id -> element id -> level. Kept after a conversion to full. */
    quickAnswers: z.record(
      id,
      z.partialRecord(elementIdSchema, levelSchema, {
        error: recordKeyError('errors.unknownElement'),
      }),
      { error: recordKeyError('errors.invalidId') },
    ),
    elements: z.record(elementIdSchema, elementInputSchema, {
      error: recordKeyError('errors.unknownElement'),
    }),
    actions: z.array(actionSchema).max(LIMITS.actions, { error: 'errors.tooMany' }),
    /** The assessment this one reassesses (for comparison), if any. */
    previousAssessmentId: id.nullable(),
    /** The demo is opened read-only; a copy is editable. */
    readOnly: z.boolean({ error: 'errors.notABoolean' }),
    /** Where the user left off: an element id, 'results', or null for the start. */
    lastStep: z
      .union([elementIdSchema, z.literal('results')], { error: 'errors.unknownElement' })
      .nullable(),
    createdAt: z.string({ error: 'errors.notText' }).max(40, { error: 'errors.tooLong' }),
    updatedAt: z.string({ error: 'errors.notText' }).max(40, { error: 'errors.tooLong' }),
  })
  .superRefine((a, ctx) => {
    const ids = new Set(a.participants.map((p) => p.id));
    if (ids.size !== a.participants.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'errors.duplicateParticipant',
        path: ['participants'],
      });
    }
    // Two loops, not one over both key lists: an id missing from both must be reported in each place.
    for (const where of ['answers', 'quickAnswers'] as const) {
      for (const key of Object.keys(a[where])) {
        if (!ids.has(key))
          ctx.addIssue({
            code: 'custom',
            message: 'errors.unknownParticipant',
            path: [where, key],
          });
      }
    }
  });

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentMeta = z.infer<typeof metaSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export type ElementInput = z.infer<typeof elementInputSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export type Answer = z.infer<typeof answerSchema>;
export type AssessmentKind = Assessment['kind'];

export const brandingSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: 'errors.unsupportedVersion' }),
  consultantName: shortText,
  company: shortText,
  /** A PNG data URL of at most about 200 KB, or null. */
  logo: z
    .string({ error: 'errors.notText' })
    .max(400_000, { error: 'errors.logoTooLarge' })
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, { error: 'errors.logoInvalid' })
    .nullable(),
  /** #rrggbb with at least 4.5:1 contrast against white. */
  accentColor: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'errors.invalidColour' }),
});
export type Branding = z.infer<typeof brandingSchema>;

export const DEFAULT_TARGET = 4;
export const DEFAULT_IMPORTANCE = 3;

/** Fresh per-element inputs: empty texts, target 4, importance 3, no agreed score. */
export function emptyElementInputs(): Record<ElementId, ElementInput> {
  return Object.fromEntries(
    ELEMENT_IDS.map((e) => [
      e,
      {
        notes: '',
        strengths: '',
        improvements: '',
        target: DEFAULT_TARGET,
        importance: DEFAULT_IMPORTANCE,
        agreedScore: null,
      },
    ]),
  ) as Record<ElementId, ElementInput>;
}
