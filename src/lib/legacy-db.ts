import { deleteDB, openDB } from 'idb';

/**
 * The two databases of schema 1 (idb-keyval: one object store each, keys are the record ids):
 * read once at the first start after the upgrade, removed only after their records were moved.
 */
export const LEGACY_DATABASES = [
  { name: 'se-radar-assessments', store: 'assessments' },
  { name: 'se-radar-settings', store: 'settings' },
] as const;

export interface LegacyEntry {
  key: string;
  /** The stored text; null when the stored value could not even be turned into text. */
  text: string | null;
}

async function exists(name: string): Promise<boolean> {
  const factory = indexedDB as IDBFactory & { databases?: () => Promise<IDBDatabaseInfo[]> };
  if (typeof factory.databases !== 'function') return true; // look inside; an empty one is removed
  const all = await factory.databases();
  return all.some((d) => d.name === name);
}

/** Whether either database of schema 1 is still there (so the upgrade has something to move). */
export async function hasLegacyData(): Promise<boolean> {
  const found = await Promise.all(LEGACY_DATABASES.map((d) => exists(d.name)));
  return found.some(Boolean);
}

/** The entries of one legacy database, or null when it is not there. Never throws on a bad value. */
export async function readLegacy(name: string, store: string): Promise<LegacyEntry[] | null> {
  if (!(await exists(name))) return null;
  const database = await openDB(name);
  try {
    if (!database.objectStoreNames.contains(store)) return [];
    const out: LegacyEntry[] = [];
    let cursor = await database.transaction(store).store.openCursor();
    while (cursor) {
      const value: unknown = cursor.value;
      let text: string | null;
      try {
        // A BigInt or a cyclic object has no JSON: that record is listed unreadable, the rest still show.
        text = typeof value === 'string' ? value : (JSON.stringify(value) ?? null);
      } catch {
        text = null;
      }
      out.push({ key: String(cursor.key), text });
      cursor = await cursor.continue();
    }
    return out;
  } finally {
    database.close();
  }
}

export function removeLegacy(name: string): Promise<void> {
  return deleteDB(name);
}
