/**
 * The one restore path for saved data (Excalidraw's data/restore.ts): persisted store records,
 * files and links all come through here. Steps, in order:
 *   1. size check on text, before parsing (over MAX_INPUT_BYTES: errors.tooLarge)
 *   2. JSON.parse (errors.invalidJson)
 *   3. a walk that refuses '__proto__', 'constructor' and 'prototype' keys anywhere
 *      (errors.forbiddenKey) and nesting deeper than MAX_DEPTH (errors.tooDeep)
 *   4. unwrap the file envelope, if there is one (see FileEnvelope)
 *   5. read schemaVersion: newer than ours is refused (errors.newerVersion), none at all is
 *      version 0 only for the prototype's shape (else errors.notAnAssessment)
 *   6. run the numbered migrations (migrations.ts)
 *   7. validate with the zod schema; the first issue becomes the error
 * It never throws and never returns partly migrated or partly validated data.
 */
import type { z } from 'zod';
import { ALL_STATEMENT_IDS, ELEMENT_IDS } from './framework';
import {
  ASSESSMENT_MIGRATIONS,
  BRANDING_FIRST_VERSION,
  BRANDING_MIGRATIONS,
  looksLikeV0Assessment,
  runMigrations,
  type Migration,
} from './migrations';
import {
  actionSchema,
  assessmentSchema,
  brandingSchema,
  elementInputSchema,
  metaSchema,
  participantSchema,
  RESERVED_KEYS,
  SCHEMA_VERSION,
  type Assessment,
  type Branding,
} from './schema';
import { isObj, own, type Obj } from './objects';

/**
 * Why restoring failed. `key` is an i18n key in the `common` namespace; `path` names the field
 * ('answers.p1.vms-3', 'meta.date', '' for the whole), relative to the assessment or branding
 * record even inside a file envelope; `values` are interpolation values for the message
 * (errors.forbiddenKey and errors.tooDeep repeat the path there as {{path}}, since they point into
 * raw data rather than at a form field). Keys shared with forms carry no placeholders.
 */
export interface RestoreError {
  key: string;
  path: string;
  values?: Record<string, string | number>;
}

/** The outcome of a restore. `migratedFrom` is the version the data had when it was older than ours. */
export type RestoreResult<T> =
  { ok: true; value: T; migratedFrom?: number } | { ok: false; error: RestoreError };

/** Text above this many UTF-8 bytes is refused unread: a real library file is a few hundred KB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Real data nests 4 levels deep; anything past this is hostile or broken. */
export const MAX_DEPTH = 50;
/** A bound on the walk for already-parsed input, which has no text length to check. */
const MAX_NODES = 1_000_000;

/**
 * The file format: `{ "app": "se-radar", "kind": "assessment", "data": { ...schemaVersion... } }`.
 * The envelope lets an import say "this is a branding file, not an assessment" and refuse other
 * apps' JSON cleanly; the version lives in `data.schemaVersion`, so store records (which are bare
 * data) and files migrate alike. restore accepts both bare data and an envelope.
 */
export interface FileEnvelope<K extends string, T> {
  app: typeof FILE_APP;
  kind: K;
  data: T;
}
export const FILE_APP = 'se-radar';

type Failure = { ok: false; error: RestoreError };

interface RecordKind<T> {
  kind: 'assessment' | 'branding';
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  firstVersion: number;
  /** Said of input that is not this kind of record at all. */
  wrongKey: string;
  /** Data without schemaVersion that can still be read as version 0. */
  isV0?: (value: unknown) => boolean;
}

const ASSESSMENT: RecordKind<Assessment> = {
  kind: 'assessment',
  schema: assessmentSchema,
  migrations: ASSESSMENT_MIGRATIONS,
  firstVersion: 0,
  wrongKey: 'errors.notAnAssessment',
  isV0: looksLikeV0Assessment,
};

const BRANDING: RecordKind<Branding> = {
  kind: 'branding',
  schema: brandingSchema,
  migrations: BRANDING_MIGRATIONS,
  firstVersion: BRANDING_FIRST_VERSION,
  wrongKey: 'errors.notABranding',
};

/**
 * Restores an assessment from JSON text (a file, a link payload) or an already parsed value (a
 * persisted store record). A string is always read as JSON text. Never throws.
 */
export function restoreAssessment(input: unknown): RestoreResult<Assessment> {
  return restore(input, ASSESSMENT);
}

/** Restores the branding profile the same way as restoreAssessment. Never throws. */
export function restoreBranding(input: unknown): RestoreResult<Branding> {
  return restore(input, BRANDING);
}

/** An assessment as a file: the envelope, keys in a fixed order, 2-space indent, final newline. */
export function serializeAssessment(assessment: Assessment): string {
  return serialize(
    'assessment',
    assessment,
    assessment.participants.map((p) => p.id),
  );
}

/** The branding profile as a file, in the same envelope format as serializeAssessment. */
export function serializeBranding(branding: Branding): string {
  return serialize('branding', branding, []);
}

function fail(key: string, path = '', values?: RestoreError['values']): Failure {
  return { ok: false, error: values ? { key, path, values } : { key, path } };
}

function restore<T>(input: unknown, kind: RecordKind<T>): RestoreResult<T> {
  try {
    return restoreUnguarded(input, kind);
  } catch {
    // Only a hostile already-parsed value (a throwing getter, a Proxy) or a bug gets here.
    return fail('errors.unreadable');
  }
}

function restoreUnguarded<T>(input: unknown, kind: RecordKind<T>): RestoreResult<T> {
  let root = input;
  if (typeof input === 'string') {
    if (exceedsBytes(input, MAX_INPUT_BYTES))
      return fail('errors.tooLarge', '', { max: MAX_INPUT_BYTES / 1024 / 1024 });
    try {
      root = JSON.parse(input);
    } catch {
      return fail('errors.invalidJson');
    }
  }

  const envelope = isObj(root) && own(root, 'app') === FILE_APP;
  const hazard = findHazard(root);
  if (hazard) {
    // Paths are relative to the record, so drop the envelope's 'data.' from the front.
    const { error } = hazard;
    if (envelope && error.path.startsWith('data.')) {
      error.path = error.path.slice('data.'.length);
      if (error.values) error.values.path = error.path;
    }
    return hazard;
  }

  let data = root;
  if (envelope) {
    if (own(root as Obj, 'kind') !== kind.kind) return fail(kind.wrongKey);
    data = own(root as Obj, 'data');
  }
  if (!isObj(data)) return fail(kind.wrongKey);

  const rawVersion = own(data, 'schemaVersion');
  let version: number;
  if (rawVersion === undefined) {
    if (!kind.isV0?.(data)) return fail(kind.wrongKey);
    version = 0;
  } else if (
    typeof rawVersion !== 'number' ||
    !Number.isInteger(rawVersion) ||
    rawVersion < kind.firstVersion
  ) {
    return fail('errors.unsupportedVersion', 'schemaVersion');
  } else if (rawVersion > SCHEMA_VERSION) {
    return fail('errors.newerVersion', 'schemaVersion', { version: rawVersion });
  } else {
    version = rawVersion;
  }

  const migrated = runMigrations(data, version, SCHEMA_VERSION, kind.migrations);
  if (!migrated.ok) return fail('errors.unsupportedVersion', 'schemaVersion');

  // reportInput: the fallback below needs to tell a missing field from a wrong one.
  const parsed = kind.schema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return first ? { ok: false, error: issueToError(first) } : fail(kind.wrongKey);
  }
  return version < SCHEMA_VERSION
    ? { ok: true, value: parsed.data, migratedFrom: version }
    : { ok: true, value: parsed.data };
}

/** Exact UTF-8 size check that returns early, so a huge string costs O(1) and a large one one pass. */
function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= max) return false; // and at most three
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3; // a surrogate pair: 4
    if (bytes > max) return true;
  }
  return false;
}

/**
 * Looks for keys that would poison a later spread or merge, and for absurd nesting, before any
 * other code touches the data. JSON.parse makes '__proto__' an own key, so Object.keys sees it.
 */
function findHazard(root: unknown): Failure | null {
  const path: string[] = [];
  let nodes = 0;
  const visit = (value: unknown): Failure | null => {
    if (typeof value !== 'object' || value === null) return null;
    if (++nodes > MAX_NODES)
      return fail('errors.tooLarge', '', { max: MAX_INPUT_BYTES / 1024 / 1024 });
    // The root container is depth 1.
    if (path.length >= MAX_DEPTH) {
      return fail('errors.tooDeep', path.join('.'), { max: MAX_DEPTH, path: path.join('.') });
    }
    const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
    for (const key of keys) {
      path.push(key);
      const found = RESERVED_KEYS.has(key)
        ? fail('errors.forbiddenKey', path.join('.'), { key, path: path.join('.') })
        : visit((value as Obj)[key]);
      path.pop();
      if (found) return found;
    }
    return null;
  };
  return visit(root);
}

/** Issues that, on an absent value, mean the field is missing (a custom issue has no input at all). */
const MISSING_CODES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_union',
  'invalid_value',
]);

/**
 * The first zod issue as an error. Our schemas carry i18n keys as messages, but a field that is
 * missing from a file is better said as "missing" than as "not text", and anything zod says in its
 * own words (a wrong container type, say) gets a generic key instead.
 */
function issueToError(issue: z.core.$ZodIssue): RestoreError {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  let key = issue.message;
  if (MISSING_CODES.has(issue.code) && issue.input === undefined) key = 'errors.required';
  else if (!key.startsWith('errors.'))
    key = issue.code === 'invalid_type' ? 'errors.wrongType' : 'errors.invalidValue';
  const error: RestoreError = { key, path: path.join('.') };
  if (issue.code === 'too_big') error.values = { max: Number(issue.maximum) };
  if (issue.code === 'too_small') error.values = { min: Number(issue.minimum) };
  return error;
}

/** Field order in files: the schemas' own order, then the model's element and statement order. */
const KEY_RANK: ReadonlyMap<string, number> = (() => {
  const rank = new Map<string, number>();
  const shapes = [
    assessmentSchema,
    metaSchema,
    participantSchema,
    elementInputSchema,
    actionSchema,
    brandingSchema,
  ];
  for (const key of [
    ...shapes.flatMap((s) => Object.keys(s.shape)),
    ...ELEMENT_IDS,
    ...ALL_STATEMENT_IDS,
  ]) {
    if (!rank.has(key)) rank.set(key, rank.size);
  }
  return rank;
})();

/**
 * A copy with every object's keys in one fixed order, so the same data always gives the same
 * bytes (clean diffs, stable hashes) whatever order a store wrote them in. Participant-keyed
 * records follow the participant list; anything else unknown follows by code unit, never by locale.
 */
function stableCopy(value: unknown, extraOrder: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => stableCopy(v, extraOrder));
  if (!isObj(value)) return value;
  const rank = (key: string) => {
    const known = KEY_RANK.get(key);
    if (known !== undefined) return known;
    const extra = extraOrder.indexOf(key);
    return KEY_RANK.size + (extra >= 0 ? extra : extraOrder.length);
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  // fromEntries defines own properties, so even a '__proto__' key could not touch a prototype.
  return Object.fromEntries(keys.map((k) => [k, stableCopy(value[k], extraOrder)]));
}

function serialize(
  kind: 'assessment' | 'branding',
  data: unknown,
  extraOrder: readonly string[],
): string {
  const file: FileEnvelope<typeof kind, unknown> = {
    app: FILE_APP,
    kind,
    data: stableCopy(data, extraOrder),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
