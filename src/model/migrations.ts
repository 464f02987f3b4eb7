/**
 * Numbered, named migration steps for saved data (tldraw-style ids). Step `id: n` turns version
 * n - 1 into version n; restore() runs every step above the data's version, in order, and only then
 * validates with the current zod schema. Ids are forever: never renumber or edit a shipped step,
 * add a new one. Each step is pure: it builds new objects and never touches its input.
 */
import { ELEMENT_IDS } from './framework';
import { hashText } from './ids';
import {
  DEFAULT_IMPORTANCE,
  DEFAULT_TARGET,
  FIRST_EDITION,
  defaultGroups,
  isIsoDate,
} from './schema';
import { isObj, own, type Obj } from './objects';

/** One step up: `up` receives data of version `id - 1` and returns data of version `id`. */
export interface Migration {
  id: number;
  name: string;
  up(old: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Does `value` look like the early prototype's record (version 0, no schemaVersion)?
 * Shape: { title, organisation, date, answers: {statementId: number|null}, notes?: {elementId: text},
 * targets?: {elementId: level}, language? }. Only such data is read as version 0; anything else
 * without a schemaVersion is not an assessment.
 */
export function looksLikeV0Assessment(value: unknown): value is Obj {
  if (
    !isObj(value) ||
    own(value, 'schemaVersion') !== undefined ||
    own(value, 'meta') !== undefined
  )
    return false;
  const notes = own(value, 'notes');
  const targets = own(value, 'targets');
  return (
    typeof own(value, 'title') === 'string' &&
    isObj(own(value, 'answers')) &&
    (notes === undefined || isObj(notes)) &&
    (targets === undefined || isObj(targets))
  );
}

/**
 * v0 -> v1. Everything is carried over as it was, wrong values included, so that the schema (not
 * this step) says what is wrong with an old file; only what v0 never had gets a default.
 */
function v0ToV1(old: Obj): Obj {
  const answers = own(old, 'answers') as Obj;
  const notes = (own(old, 'notes') ?? {}) as Obj;
  const targets = (own(old, 'targets') ?? {}) as Obj;
  const date = own(old, 'date');
  const language = own(old, 'language');
  const stamp = typeof date === 'string' && isIsoDate(date) ? `${date}T00:00:00.000Z` : '';
  // Unknown keys in notes or targets become element entries too: the schema then names them
  // (errors.unknownElement) instead of this step silently dropping what the user wrote.
  const elementIds = [
    ...new Set<string>([...ELEMENT_IDS, ...Object.keys(notes), ...Object.keys(targets)]),
  ];
  return {
    schemaVersion: 1,
    // Deterministic, so restoring the same old file twice yields the same assessment (restore is pure).
    id: `migrated-${hashText(JSON.stringify(old))}`,
    kind: 'full',
    meta: {
      title: own(old, 'title'),
      organisation: own(old, 'organisation'),
      scope: '',
      assessor: '',
      date,
      language: language === undefined ? 'nl' : language,
    },
    // The prototype had one anonymous respondent; the board usually filled it in.
    participants: [{ id: 'p1', name: '', group: 'management' }],
    // v0 stored an open answer as null; v1 leaves the key out.
    answers: { p1: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null)) },
    quickAnswers: {},
    elements: Object.fromEntries(
      elementIds.map((e) => [
        e,
        {
          notes: own(notes, e) ?? '',
          strengths: '',
          improvements: '',
          target: own(targets, e) ?? DEFAULT_TARGET,
          importance: DEFAULT_IMPORTANCE,
          agreedScore: null,
        },
      ]),
    ),
    actions: [],
    previousAssessmentId: null,
    readOnly: false,
    lastStep: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Schema 1's fixed groups become editable entries (issue 7: front-line -> customer-facing staff, ...). */
const V1_GROUP_TO_PRESET: Readonly<Record<string, string>> = {
  management: 'management',
  'front-line': 'customer-facing',
  staff: 'employees',
  other: 'other',
};
/** Letters of the short codes a migrated participant gets: M1, M2, F1, E1, O1. */
const CODE_LETTER: Readonly<Record<string, string>> = {
  management: 'M',
  'customer-facing': 'F',
  employees: 'E',
  other: 'O',
};

function v1ParticipantToV2(p: unknown, counters: Map<string, number>): unknown {
  if (!isObj(p)) return p;
  const { group, ...rest } = p;
  // An unknown group is carried over as it was, so the schema names it instead of this step hiding it.
  const groupId = typeof group === 'string' ? (V1_GROUP_TO_PRESET[group] ?? group) : group;
  const letter = typeof groupId === 'string' ? (CODE_LETTER[groupId] ?? 'P') : 'P';
  const n = (counters.get(letter) ?? 0) + 1;
  counters.set(letter, n);
  return { ...rest, code: `${letter}${n}`, groupId };
}

function v1ElementToV2(input: unknown): unknown {
  return isObj(input) ? { ...input, agreedReason: '' } : input;
}

function v1ActionToV2(action: unknown): unknown {
  return isObj(action) ? { ...action, stepRef: null } : action;
}

/**
 * v1 -> v2. Schema 1 had no "don't know" (it was stored as open: nothing to migrate), no customer
 * word, one framework edition, fixed groups, and no workshop settings. Everything is carried over;
 * what v1 never had gets the default a v1 user saw. `lastStep` stays until the store moves it out.
 */
function v1ToV2(old: Obj): Obj {
  const meta = own(old, 'meta');
  const participants = own(old, 'participants');
  const elements = own(old, 'elements');
  const actions = own(old, 'actions');
  const counters = new Map<string, number>();
  const migratedParticipants = Array.isArray(participants)
    ? participants.map((p) => v1ParticipantToV2(p, counters))
    : participants;
  return {
    ...old,
    schemaVersion: 2,
    mode: Array.isArray(participants) && participants.length > 1 ? 'workshop' : 'single',
    frameworkEdition: FIRST_EDITION,
    // A v1 title was always typed or accepted by the user, so it is the user's text now.
    meta: isObj(meta) ? { ...meta, titleIsDefault: false, customerWord: 'customer' } : meta,
    participants: migratedParticipants,
    groups: defaultGroups(),
    anonymity: 'named',
    secret: null,
    lock: { locked: false, history: [] },
    comments: {},
    elements: isObj(elements)
      ? Object.fromEntries(Object.entries(elements).map(([k, v]) => [k, v1ElementToV2(v)]))
      : elements,
    actions: Array.isArray(actions) ? actions.map(v1ActionToV2) : actions,
    summaryText: '',
  };
}

/** The assessment steps, ids 1..SCHEMA_VERSION without gaps (a test holds us to that). */
export const ASSESSMENT_MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'v0-to-v1: single-participant prototype record to the versioned team assessment',
    up: v0ToV1,
  },
  {
    id: 2,
    name: "v1-to-v2: don't know, customer word, framework edition, editable groups, workshop settings",
    up: v1ToV2,
  },
];

/** Branding was born at version 1; its shape did not change in 2, so the step only renumbers it. */
export const BRANDING_FIRST_VERSION = 1;
export const BRANDING_MIGRATIONS: readonly Migration[] = [
  {
    id: 2,
    name: 'v1-to-v2: unchanged shape, new schema number',
    up: (old) => ({ ...old, schemaVersion: 2 }),
  },
];

export type MigrationOutcome = { ok: true; value: Obj } | { ok: false; missingStep: number };

/**
 * Runs the steps `from + 1` .. `to` in order. Returns `missingStep` when the registry has a gap,
 * which is a programming error that restore reports as an unsupported version rather than guessing.
 */
export function runMigrations(
  data: Obj,
  from: number,
  to: number,
  steps: readonly Migration[],
): MigrationOutcome {
  let value = data;
  for (let version = from + 1; version <= to; version++) {
    const step = steps.find((s) => s.id === version);
    if (!step) return { ok: false, missingStep: version };
    value = step.up(value);
  }
  return { ok: true, value };
}
