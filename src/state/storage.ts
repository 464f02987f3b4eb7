import { createStore, del, entries, set, clear, get, type UseStore } from 'idb-keyval';

/**
 * IndexedDB, one record per assessment, so a change writes only that assessment and a
 * consultant's library is not squeezed into localStorage's 5 MB. Records are stored as the
 * serialised JSON text, exactly what restore() reads, so the store, files and links share
 * one path in.
 */
let assessmentsDb: UseStore | undefined;
let settingsDb: UseStore | undefined;

function assessments(): UseStore {
  assessmentsDb ??= createStore('se-radar-assessments', 'assessments');
  return assessmentsDb;
}

function settings(): UseStore {
  settingsDb ??= createStore('se-radar-settings', 'settings');
  return settingsDb;
}

export interface StoredRecord {
  key: string;
  text: string;
}

export async function readAllAssessments(): Promise<StoredRecord[]> {
  const all = await entries<string, unknown>(assessments());
  return all.map(([key, value]) => ({
    key: String(key),
    text: typeof value === 'string' ? value : JSON.stringify(value),
  }));
}

export function writeAssessment(id: string, text: string): Promise<void> {
  return set(id, text, assessments());
}

export function deleteAssessment(id: string): Promise<void> {
  return del(id, assessments());
}

export async function readSetting(key: string): Promise<string | undefined> {
  const value = await get<unknown>(key, settings());
  return typeof value === 'string' ? value : undefined;
}

export function writeSetting(key: string, text: string): Promise<void> {
  return set(key, text, settings());
}

/** Removes every assessment and setting this app keeps in the browser. */
export async function clearEverything(): Promise<void> {
  await clear(assessments());
  await clear(settings());
  localStorage.clear();
}

/** True when the browser refused the write because the origin's storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (
    !(error instanceof Error) &&
    !(typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    return false;
  }
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
