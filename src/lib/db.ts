import { openDB, deleteDB, type IDBPDatabase } from 'idb';

/**
 * SE Radar's one IndexedDB database. Each record is kept as the JSON text restore() reads, inside
 * a small envelope the database itself needs: the id, the revision and whether it is a tombstone.
 * Every write checks the stored revision in the same transaction, so a tab never replaces a
 * revision it has not seen (the way a replicated document store does; docs/storage.md).
 */
export const DB_NAME = 'se-radar';
const DB_VERSION = 1;

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

interface Schema {
  assessments: StoredRecord;
  responses: StoredRecord;
  settings: { key: string; text: string };
}

let dbPromise: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('assessments', { keyPath: 'id' });
      const responses = database.createObjectStore('responses', { keyPath: 'id' });
      responses.createIndex('byAssessment', 'assessmentId');
      database.createObjectStore('settings', { keyPath: 'key' });
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
): Promise<CommitOutcome> {
  const database = await db();
  const tx = database.transaction(['assessments', 'responses'], 'readwrite');
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
  try {
    await puts;
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

/** Every record of a store, tombstones included; a record that cannot be read is skipped, never fatal. */
export async function readAllRecords(store: RecordStore): Promise<StoredRecord[]> {
  const database = await db();
  const out: StoredRecord[] = [];
  let cursor = await database.transaction(store).store.openCursor();
  while (cursor) {
    const value = cursor.value as unknown;
    out.push(asStoredRecord(value, String(cursor.key)));
    cursor = await cursor.continue();
  }
  return out;
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
