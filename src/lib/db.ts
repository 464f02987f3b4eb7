import { openDB, deleteDB, type IDBPDatabase } from 'idb';

/**
 * SE Radar's one IndexedDB database. Each record is kept as the JSON text restore() reads, inside
 * a small envelope the database itself needs: the id, the revision and whether it is a tombstone.
 * Every write checks the stored revision in the same transaction, so a tab never replaces a
 * revision it has not seen (the way a replicated document store does; docs/storage.md).
 */
export const DB_NAME = 'se-radar';
/**
 * 1: assessments, responses, settings. 2 (2026-12-02): summaries, the library's cache. A database
 * of version 1 gets the empty store, and the start-up rebuilds every summary it lacks.
 */
const DB_VERSION = 2;

export type RecordStore = 'assessments' | 'responses';

/** A revision: a counter plus the id of the tab that wrote it. */
export interface Rev {
  n: number;
  writer: string;
}

export interface StoredRecord {
  id: string;
  /** Set on responses, so an assessment's responses are found by an index. */
  assessmentId?: string;
  rev: Rev;
  /** A tombstone: the record was deleted; kept so a stale tab cannot bring it back. */
  deleted: boolean;
  /** The record as JSON text; '' for a tombstone. */
  body: string;
}

export interface RecordWrite {
  store: RecordStore;
  id: string;
  assessmentId?: string;
  /** The new JSON text, or null to leave a tombstone. */
  body: string | null;
  /** The revision this write was based on; null for a record this tab has never seen. */
  expected: Rev | null;
  /** Write whatever is stored (a delete, or "replace" chosen by the user). */
  force?: boolean;
  /** May replace a tombstone (undo of a delete, a file opened again on purpose). */
  revive?: boolean;
}

export type CommitOutcome =
  | { ok: true; revs: Map<string, Rev> }
  /** Someone else wrote first: the stored records that differ from what was expected. */
  | { ok: false; reason: 'conflict'; stored: StoredRecord[] }
  /** A record was deleted meanwhile and the write does not revive it. */
  | { ok: false; reason: 'deleted' };

/**
 * The library's line for one assessment: a cache derived from its records, written in the same
 * transaction as every write to them, so it never lags behind. `version` is the scoring version it
 * was made with; a row of another version (or none) is rebuilt from the records at start-up.
 */
export interface SummaryRow {
  id: string;
  version: number;
  /** The assessment was deleted (its records are tombstones): it is not listed. */
  deleted?: true;
  summary?: unknown;
}

interface Schema {
  assessments: StoredRecord;
  responses: StoredRecord;
  settings: { key: string; text: string };
  summaries: SummaryRow;
}

const ALL_RECORD_STORES = ['assessments', 'responses', 'summaries'] as const;

let dbPromise: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('assessments', { keyPath: 'id' });
        const responses = database.createObjectStore('responses', { keyPath: 'id' });
        responses.createIndex('byAssessment', 'assessmentId');
        database.createObjectStore('settings', { keyPath: 'key' });
      }
      if (oldVersion < 2) database.createObjectStore('summaries', { keyPath: 'id' });
    },
    blocking() {
      // Another tab wants a newer version of the database (a new app version): let it.
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

function sameRev(a: Rev | null | undefined, b: Rev | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.n === b.n && a.writer === b.writer;
}

/**
 * Commits all writes in one transaction, or none of them. A write whose record was changed by
 * someone else since `expected` is not made; the caller merges and tries again.
 */
export async function commitRecords(
  writes: readonly RecordWrite[],
  writer: string,
  summaries: readonly SummaryRow[] = [],
): Promise<CommitOutcome> {
  const database = await db();
  const tx = database.transaction(ALL_RECORD_STORES, 'readwrite');
  const current = await Promise.all(
    writes.map((w) => tx.objectStore(w.store).get(w.id) as Promise<StoredRecord | undefined>),
  );
  const stale: StoredRecord[] = [];
  for (const [i, w] of writes.entries()) {
    const stored = current[i];
    if (!stored || w.force) continue;
    if (stored.deleted && !sameRev(stored.rev, w.expected)) {
      if (w.revive) continue;
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, reason: 'deleted' };
    }
    if (!sameRev(stored.rev, w.expected)) stale.push(stored);
  }
  if (stale.length > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, reason: 'conflict', stored: stale };
  }
  const revs = new Map<string, Rev>();
  const puts = Promise.all(
    writes.map((w, i) => {
      const rev = { n: (current[i]?.rev.n ?? 0) + 1, writer };
      revs.set(`${w.store}/${w.id}`, rev);
      const record: StoredRecord = {
        id: w.id,
        rev,
        deleted: w.body === null,
        body: w.body ?? '',
        ...(w.assessmentId === undefined ? {} : { assessmentId: w.assessmentId }),
      };
      return tx.objectStore(w.store).put(record);
    }),
  );
  const summaryPuts = Promise.all(summaries.map((row) => tx.objectStore('summaries').put(row)));
  try {
    await Promise.all([puts, summaryPuts]);
    await tx.done;
  } catch (error) {
    // A failed put aborts the transaction; the transaction's error says why (QuotaExceededError),
    // the request's own error may only say "aborted".
    const cause: unknown = await tx.done.then(
      () => null,
      (e: unknown) => e,
    );
    throw cause ?? error;
  }
  return { ok: true, revs };
}

/**
 * What the library needs at start-up, without reading a single record: every summary row and the
 * ids of the assessment records (a record without an up-to-date row is summarized again).
 */
export async function readLibrary(): Promise<{ rows: SummaryRow[]; ids: string[] }> {
  const database = await db();
  const tx = database.transaction(['summaries', 'assessments']);
  const [rows, keys] = await Promise.all([
    tx.objectStore('summaries').getAll() as Promise<unknown[]>,
    tx.objectStore('assessments').getAllKeys(),
  ]);
  return {
    rows: rows.flatMap((r) => {
      const row = r as Partial<SummaryRow> | null;
      return typeof row?.id === 'string' && typeof row.version === 'number'
        ? [row as SummaryRow]
        : [];
    }),
    ids: keys.map(String),
  };
}

/** The stored summary row of one assessment, if there is one. */
export async function readSummaryRow(id: string): Promise<SummaryRow | undefined> {
  const database = await db();
  const row = (await database.get('summaries', id)) as SummaryRow | undefined;
  return typeof row?.version === 'number' ? row : undefined;
}

/**
 * Summarizes the given assessments again from their records, reading and writing in one
 * transaction, so a commit by another tab cannot fall between the read and the new row.
 * `build` runs synchronously (it must not await) and returns the row, or null for none (an
 * unreadable record: it has no row, so the next start tries again).
 */
export async function rebuildSummaries(
  ids: readonly string[],
  build: (assessment: StoredRecord | undefined, responses: StoredRecord[]) => SummaryRow | null,
): Promise<void> {
  const database = await db();
  const tx = database.transaction(ALL_RECORD_STORES, 'readwrite');
  const read = await Promise.all(
    ids.map((id) =>
      Promise.all([
        tx.objectStore('assessments').get(id) as Promise<unknown>,
        tx.objectStore('responses').index('byAssessment').getAll(id) as Promise<unknown[]>,
      ]),
    ),
  );
  const writes = ids.map((id, i) => {
    const [assessment, responses] = read[i] ?? [undefined, []];
    const row = build(
      assessment === undefined ? undefined : asStoredRecord(assessment, id),
      responses.map((r) => asStoredRecord(r, '')),
    );
    const summaries = tx.objectStore('summaries');
    return row ? summaries.put(row) : summaries.delete(id);
  });
  await Promise.all(writes);
  await tx.done;
}

/** The assessment record and the responses of one assessment. */
export async function readAssessmentRecords(
  id: string,
): Promise<{ assessment: StoredRecord | undefined; responses: StoredRecord[] }> {
  const database = await db();
  const tx = database.transaction(['assessments', 'responses']);
  const [assessment, responses] = await Promise.all([
    tx.objectStore('assessments').get(id) as Promise<unknown>,
    tx.objectStore('responses').index('byAssessment').getAll(id) as Promise<unknown[]>,
  ]);
  return {
    assessment: assessment === undefined ? undefined : asStoredRecord(assessment, id),
    responses: responses.map((r) => asStoredRecord(r, '')),
  };
}

/** Anything stored under our keys is read defensively: a record never crashes the reader. */
function asStoredRecord(value: unknown, key: string): StoredRecord {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<StoredRecord>;
  const rev =
    typeof v.rev === 'object' && v.rev !== null && typeof v.rev.n === 'number'
      ? { n: v.rev.n, writer: String(v.rev.writer) }
      : { n: 0, writer: '' };
  return {
    id: typeof v.id === 'string' ? v.id : key,
    rev,
    deleted: v.deleted === true,
    body: typeof v.body === 'string' ? v.body : '',
    ...(typeof v.assessmentId === 'string' ? { assessmentId: v.assessmentId } : {}),
  };
}

export async function readSettingText(key: string): Promise<string | undefined> {
  const database = await db();
  const row = (await database.get('settings', key)) as Schema['settings'] | undefined;
  return typeof row?.text === 'string' ? row.text : undefined;
}

export async function writeSettingText(key: string, text: string): Promise<void> {
  const database = await db();
  await database.put('settings', { key, text });
}

/** Deletes the whole database. Open connections are closed first so the delete is not blocked. */
export async function deleteDatabase(): Promise<void> {
  const open = dbPromise;
  dbPromise = null;
  if (open) await open.then((d) => d.close()).catch(() => undefined);
  await deleteDB(DB_NAME);
}

/** True when the browser refused the write because the origin's storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
