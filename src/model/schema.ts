/**
 * The saved shape of an assessment and of the branding profile, as zod schemas. The TypeScript
 * types come from z.infer so the schema and the type can never drift apart. Every saved record
 * carries `schemaVersion`; older shapes are migrated by restore() before this schema validates.
 * Error messages are i18n keys (namespace `common`, under `errors.`).
 */
import { z } from './zod';
import { CUSTOMER_WORDS } from './customer-word';
import { ELEMENT_IDS, isStatementId, type ElementId } from './framework';

/**
 * 2 (2026-12-01): "don't know" answers, customer word, framework edition, workshop roster with
 * editable groups, anonymity, secret and lock, agreed-score reasons, step references on actions,
 * the consultant's summary text. See migrations.ts for the step from 1.
 */
export const SCHEMA_VERSION = 2;

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The groups a new workshop starts with; each is an editable entry of `groups` (name '' = preset's name). */
export const GROUP_PRESETS = ['management', 'employees', 'customer-facing', 'other'] as const;
export type GroupPreset = (typeof GROUP_PRESETS)[number];
/** The word for the customer, chosen per assessment (MODEL.md, "Framework versions and sector wording"). */
export { CUSTOMER_WORDS, type CustomerWord } from './customer-word';
export const MODES = ['single', 'workshop'] as const;
export const ANONYMITY_LEVELS = ['named', 'anonymous'] as const;
/** The framework edition files of schema 1 were answered with (the first 45 statements). */
export const FIRST_EDITION = 1;
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;

/** Field limits: generous enough for real notes, small enough to keep a library in IndexedDB. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  participants: 200,
  groups: 20,
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

/**
 * A statement's answer: a level, 'na' (not applicable) or 'dk' (don't know: answered, not scored).
 * An open answer is an absent key.
 */
export const answerSchema = z.union([levelSchema, z.literal('na'), z.literal('dk')], {
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
  /** True while the title is the generated default, which is then made in the report language. */
  titleIsDefault: z.boolean({ error: 'errors.notABoolean' }),
  organisation: shortText.min(1, { error: 'errors.required' }),
  scope: shortText,
  assessor: shortText,
  date: isoDate,
  /** The report language. */
  language: z.enum(LANGUAGES, { error: 'errors.invalidLanguage' }),
  customerWord: z.enum(CUSTOMER_WORDS, { error: 'errors.invalidCustomerWord' }),
});

export const participantSchema = z.object({
  id,
  /** Seen by the facilitator only; '' in an anonymous workshop. */
  name: shortText,
  /** The short code participants pick and reports show (M1, E2, ...). */
  code: z
    .string({ error: 'errors.notText' })
    .max(12, { error: 'errors.tooLong' })
    .regex(/^[A-Za-z0-9-]*$/, { error: 'errors.invalidCode' }),
  groupId: id,
});

export const groupSchema = z.object({
  id,
  /** A default group whose translated name is shown while `name` is ''; null for the user's own. */
  preset: z.enum(GROUP_PRESETS, { error: 'errors.invalidGroup' }).nullable(),
  name: shortText,
});

export const lockSchema = z.object({
  locked: z.boolean({ error: 'errors.notABoolean' }),
  /** Every lock and unlock, oldest first, so an unlock during agreement is on record. */
  history: z
    .array(
      z.object({
        at: z.string({ error: 'errors.notText' }).max(40, { error: 'errors.tooLong' }),
        locked: z.boolean({ error: 'errors.notABoolean' }),
      }),
    )
    .max(1000, { error: 'errors.tooMany' }),
});

/** A suggested next step an action was made from, with its text in both languages at that time. */
export const stepRefSchema = z.object({
  stepId: z.string({ error: 'errors.notText' }).min(1).max(100, { error: 'errors.tooLong' }),
  edition: z.number({ error: 'errors.notANumber' }).int().min(1),
  text: z.object({ nl: longText, en: longText }),
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
  /** Why the team agreed on that score (shown in the report beside it). */
  agreedReason: longText,
});

export const actionSchema = z.object({
  id,
  elementId: elementIdSchema.nullable(),
  description: longText.min(1, { error: 'errors.required' }),
  owner: shortText,
  due: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES, { error: 'errors.invalidStatus' }),
  priority: z.enum(ACTION_PRIORITIES, { error: 'errors.invalidPriority' }),
  /** Set when the action was added from a suggested step; the text prints in the report language until edited. */
  stepRef: stepRefSchema.nullable(),
});

export const assessmentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, { error: 'errors.unsupportedVersion' }),
    id,
    /** The questionnaire: the quick check (one level per element) or the full statements. */
    kind: z.enum(['quick', 'full'], { error: 'errors.invalidKind' }),
    mode: z.enum(MODES, { error: 'errors.invalidMode' }),
    /** The framework edition the assessment was started with; its questionnaire is that edition's. */
    frameworkEdition: z
      .number({ error: 'errors.notANumber' })
      .int({ error: 'errors.notAWholeNumber' })
      .min(1, { error: 'errors.outOfRange' })
      .max(99, { error: 'errors.outOfRange' }),
    meta: metaSchema,
    participants: z
      .array(participantSchema)
      .min(1, { error: 'errors.noParticipants' })
      .max(LIMITS.participants, { error: 'errors.tooMany' }),
    groups: z
      .array(groupSchema)
      .min(1, { error: 'errors.noGroups' })
      .max(LIMITS.groups, { error: 'errors.tooMany' }),
    anonymity: z.enum(ANONYMITY_LEVELS, { error: 'errors.invalidAnonymity' }),
    /** The per-workshop key of the links' integrity tags; only the invitation carries it. */
    secret: z
      .string({ error: 'errors.notText' })
      .max(100, { error: 'errors.tooLong' })
      .regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.invalidId' })
      .nullable(),
    lock: lockSchema,
    /**
     * The facilitator's choice to print participants' names (named workshops) in the report
     * instead of their codes. Schema-2 records from before this field read as false (codes only),
     * the safe side, so no migration step is needed.
     */
    reportNames: z.boolean({ error: 'errors.notABoolean' }).default(false),
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
    /** Participants' comments: participant id -> statement or element id -> text. */
    comments: z.record(id, z.record(z.string().max(100, { error: 'errors.tooLong' }), longText), {
      error: recordKeyError('errors.invalidId'),
    }),
    elements: z.record(elementIdSchema, elementInputSchema, {
      error: recordKeyError('errors.unknownElement'),
    }),
    actions: z.array(actionSchema).max(LIMITS.actions, { error: 'errors.tooMany' }),
    /** The consultant's own executive summary; '' means the generated one. */
    summaryText: longText,
    /**
     * The figures the consultant's summary was written against (summary-basis.ts), so the
     * results page can say when it may be out of date; '' with the generated summary, and in
     * records saved before it was kept (2026-12-02), which no step needs to migrate.
     */
    summaryBasis: z
      .string({ error: 'errors.notText' })
      .max(4000, { error: 'errors.tooLong' })
      .default(''),
    /** The assessment this one reassesses (for comparison), if any. */
    previousAssessmentId: id.nullable(),
    /** The demo is opened read-only; a copy is editable. */
    readOnly: z.boolean({ error: 'errors.notABoolean' }),
    /**
     * Legacy: where the user left off, as files up to this version kept it. Read, never written:
     * the UI position now lives in its own localStorage key (src/state/positions.ts), outside the
     * record, and
     * AssessPage falls back to this only for a record that still has it.
     */
    lastStep: z
      .union([elementIdSchema, z.literal('results')], { error: 'errors.unknownElement' })
      .nullable()
      .optional(),
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
    const actionIds = new Set(a.actions.map((x) => x.id));
    if (actionIds.size !== a.actions.length) {
      ctx.addIssue({ code: 'custom', message: 'errors.duplicateAction', path: ['actions'] });
    }
    const groupIds = new Set(a.groups.map((g) => g.id));
    if (groupIds.size !== a.groups.length) {
      ctx.addIssue({ code: 'custom', message: 'errors.duplicateGroup', path: ['groups'] });
    }
    a.participants.forEach((p, i) => {
      if (!groupIds.has(p.groupId))
        ctx.addIssue({
          code: 'custom',
          message: 'errors.unknownGroup',
          path: ['participants', i, 'groupId'],
        });
    });
    // One loop per map, not one over all key lists: an id missing from several must be reported in each place.
    for (const where of ['answers', 'quickAnswers', 'comments'] as const) {
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
export type Group = z.infer<typeof groupSchema>;
export type StepRef = z.infer<typeof stepRefSchema>;
export type Mode = (typeof MODES)[number];
export type Anonymity = (typeof ANONYMITY_LEVELS)[number];
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

import { DEFAULT_IMPORTANCE, DEFAULT_TARGET } from './element-defaults';
export { DEFAULT_IMPORTANCE, DEFAULT_TARGET };

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
        agreedReason: '',
      },
    ]),
  ) as Record<ElementId, ElementInput>;
}

/** The groups a new assessment starts with, one per preset, ids equal to the presets. */
export function defaultGroups(): Group[] {
  return GROUP_PRESETS.map((preset) => ({ id: preset, preset, name: '' }));
}
