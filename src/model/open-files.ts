/**
 * Reading opened files for the library: one file may hold one assessment or a backup of many.
 * Every entry still goes through the one restore path (restore.ts); this module adds what restore
 * cannot see (keys written twice, ids used twice, fields it would leave out) and says where, as a
 * user knows it. Pure: the store decides what to do with each entry.
 */
import { BACKUP_KIND } from './backup';
import { MAX_BACKUP_CHARS } from './file-limits';
import {
  describePath,
  duplicateIdPositions,
  findDuplicateKeys,
  findUnknownFields,
  type FieldRef,
} from './file-import';
import { ASSESSMENT_MIGRATIONS, looksLikeV0Assessment, runMigrations } from './migrations';
import { FILE_APP, restoreAssessment, type RestoreError } from './restore';
import { assessmentSchema, SCHEMA_VERSION, type Assessment } from './schema';
import { isObj, own, type Obj } from './objects';

export const ID_LISTS = ['actions', 'participants', 'groups'] as const;
export type IdList = (typeof ID_LISTS)[number];

/** Why an entry (or a whole file) was refused. */
export type Problem =
  | { kind: 'restore'; error: RestoreError; where: FieldRef | null }
  /** Entries of one list share an id: `items` are their positions (from 1) and what the user sees of them. */
  | { kind: 'duplicateIds'; list: IdList; items: { number: number; label: string }[] }
  /** The same field written twice in the text (a statement answered twice): which value holds is unclear. */
  | { kind: 'duplicateKeys'; places: FieldRef[] }
  | { kind: 'emptyBackup' };

export type Entry =
  | { ok: true; position: number | null; assessment: Assessment; leftOut: FieldRef[] }
  | { ok: false; position: number | null; title: string | null; problem: Problem };

export interface FileReading {
  name: string;
  /** 'backup' for a backup file, 'assessment' for one assessment (or a file that is neither). */
  kind: 'assessment' | 'backup';
  entries: Entry[];
  /** Set when the file as a whole could not be read; then `entries` is empty. */
  problem: Problem | null;
}

const refuse = (error: RestoreError): Problem => ({
  kind: 'restore',
  error,
  where: error.path ? describePath(error.path.split('.')) : null,
});

/** The title an entry would have, for naming it when it is refused; null when it has none. */
function titleOf(data: unknown): string | null {
  if (!isObj(data)) return null;
  const meta = own(data, 'meta');
  const title = isObj(meta) ? own(meta, 'title') : own(data, 'title');
  return typeof title === 'string' && title.trim() !== '' ? title.slice(0, 200) : null;
}

function labelOf(list: IdList, item: unknown): string {
  if (!isObj(item)) return '';
  const pick = (k: string) => {
    const v = own(item, k);
    return typeof v === 'string' ? v : '';
  };
  const text =
    list === 'actions'
      ? pick('description')
      : list === 'participants'
        ? pick('name') || pick('code')
        : pick('name') || pick('preset');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Fields of a (restorable) record that the schema would leave out, after its migrations. */
function leftOutOf(data: unknown): FieldRef[] {
  if (!isObj(data)) return [];
  const raw = own(data, 'schemaVersion');
  const version = typeof raw === 'number' ? raw : looksLikeV0Assessment(data) ? 0 : SCHEMA_VERSION;
  const copy = JSON.parse(JSON.stringify(data)) as Obj;
  const migrated = runMigrations(copy, version, SCHEMA_VERSION, ASSESSMENT_MIGRATIONS);
  if (!migrated.ok) return [];
  return findUnknownFields(migrated.value, assessmentSchema).map(describePath);
}

/**
 * One entry: `value` is the parsed entry (an envelope or bare data), `text` its JSON text for the
 * restore path, `doubled` the paths (inside the entry's data) of keys its text wrote twice.
 */
function readEntry(
  value: unknown,
  text: string,
  doubled: readonly string[][],
  position: number | null,
): Entry {
  const envelope = isObj(value) && own(value, 'app') === FILE_APP;
  const data = envelope ? own(value as Obj, 'data') : value;
  const title = titleOf(data);
  const no = (problem: Problem): Entry => ({ ok: false, position, title, problem });
  if (doubled.length > 0) return no({ kind: 'duplicateKeys', places: doubled.map(describePath) });
  if (isObj(data)) {
    for (const list of ID_LISTS) {
      const items = own(data, list);
      const positions = duplicateIdPositions(items);
      if (positions.length > 0 && Array.isArray(items))
        return no({
          kind: 'duplicateIds',
          list,
          items: positions.map((n) => ({ number: n, label: labelOf(list, items[n - 1]) })),
        });
    }
  }
  const result = restoreAssessment(text);
  if (!result.ok) return no(refuse(result.error));
  return { ok: true, position, assessment: result.value, leftOut: leftOutOf(data) };
}

/** Paths relative to a record: without a leading envelope 'data'. */
const inRecord = (path: readonly string[]) => (path[0] === 'data' ? path.slice(1) : [...path]);

/**
 * Reads one opened file's text into its entries. Never throws; a file that is not JSON, too large
 * or not ours is one problem for the whole file, a backup is read entry by entry.
 */
export function readOpenedFile(name: string, text: string): FileReading {
  const whole = (problem: Problem): FileReading => ({
    name,
    kind: 'assessment',
    entries: [],
    problem,
  });
  if (text.length > MAX_BACKUP_CHARS)
    return whole(
      refuse({ key: 'errors.tooLarge', path: '', values: { max: MAX_BACKUP_CHARS / 1024 / 1024 } }),
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return whole(refuse({ key: 'errors.invalidJson', path: '' }));
  }
  const doubled = findDuplicateKeys(text, 200);
  if (isObj(parsed) && own(parsed, 'app') === FILE_APP && own(parsed, 'kind') === BACKUP_KIND) {
    const list = own(parsed, 'assessments');
    if (!Array.isArray(list))
      return { ...whole(refuse({ key: 'errors.notABackup', path: '' })), kind: 'backup' };
    if (list.length === 0)
      return { name, kind: 'backup', entries: [], problem: { kind: 'emptyBackup' } };
    const byEntry = new Map<number, string[][]>();
    for (const path of doubled) {
      if (path[0] !== 'assessments' || path[1] === undefined) continue;
      const i = Number(path[1]);
      byEntry.set(i, [...(byEntry.get(i) ?? []), inRecord(path.slice(2))]);
    }
    const entries = list.map((entry: unknown, i: number) =>
      readEntry(entry, JSON.stringify(entry) ?? 'null', byEntry.get(i) ?? [], i + 1),
    );
    return { name, kind: 'backup', entries, problem: null };
  }
  return {
    name,
    kind: 'assessment',
    entries: [readEntry(parsed, text, doubled.map(inRecord), null)],
    problem: null,
  };
}

/** What opening an entry would do, given what the browser holds under its id. */
export type Arrival = 'new' | 'identical' | 'taken';

/**
 * 'identical' when the browser holds exactly this assessment (the same file opened again),
 * 'taken' when it holds another one, or an unreadable record, under the id.
 */
export function arrivalOf(
  incoming: Assessment,
  stored: Assessment | undefined,
  unreadable: boolean,
  serialize: (a: Assessment) => string,
): Arrival {
  if (unreadable) return 'taken';
  if (!stored) return 'new';
  return serialize(stored) === serialize(incoming) ? 'identical' : 'taken';
}

/** A copy to keep beside the one stored: a new id, the title with the caller's "(copy)". */
export function keptBeside(a: Assessment, id: string, title: string): Assessment {
  return {
    ...a,
    id,
    readOnly: false,
    meta: { ...a.meta, title, titleIsDefault: false },
  };
}
