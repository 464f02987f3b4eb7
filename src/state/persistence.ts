import { create } from 'zustand';

interface PersistenceState {
  /** Whether the browser promised to keep this origin's data; null until asked or unknown. */
  persisted: boolean | null;
}

export const usePersistence = create<PersistenceState>(() => ({ persisted: null }));

let asked = false;

/**
 * Asks the browser to keep our data (navigator.storage.persist) once, at the first save: without it
 * a browser may evict the origin's storage under pressure (and Safari does after 7 days unused).
 */
export async function askPersistence(): Promise<void> {
  if (asked) return;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return;
  try {
    const already = storage.persisted ? await storage.persisted() : false;
    usePersistence.setState({ persisted: already || (await storage.persist()) });
  } catch {
    usePersistence.setState({ persisted: false });
  }
}

/** Reads whether storage is persistent, without asking for it (for the data panel). */
export async function checkPersistence(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return;
  try {
    usePersistence.setState({ persisted: await storage.persisted() });
  } catch {
    // Unknown: the panel says the browser does not tell.
  }
}
