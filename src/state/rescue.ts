import type { Assessment } from '../model/schema';
import type { Rev } from '../lib/db';

/**
 * An IndexedDB write started while the page unloads may never finish, so edits still waiting for
 * their write are also copied synchronously to localStorage on pagehide, with the value and the
 * revisions they were based on: the next start merges them by revision, never by device clock.
 */
const RESCUE_KEY = 'se-radar.unsaved';
/** Every localStorage key of SE Radar starts with this; "remove all my data" removes only these. */
export const LOCAL_PREFIX = 'se-radar.';

export interface RescueEntry {
  /** The unsaved value, as file text (restored on the way back in). */
  mine: string;
  /** What the tab last read or wrote, or null for a record it created. */
  base: string | null;
  revs: Record<string, Rev>;
}

/** `serialize` is restore's serializeAssessment, passed in so this module stays light. */
export function writeRescue(
  serialize: (a: Assessment) => string,
  entries: readonly { mine: Assessment; base: Assessment | null; revs: Record<string, Rev> }[],
): void {
  if (entries.length === 0) return;
  const copy: RescueEntry[] = entries.map((e) => ({
    mine: serialize(e.mine),
    base: e.base ? serialize(e.base) : null,
    revs: e.revs,
  }));
  try {
    localStorage.setItem(RESCUE_KEY, JSON.stringify({ version: 2, entries: copy }));
  } catch {
    // localStorage full or blocked: the IndexedDB write under way is all we can do.
  }
}

/**
 * The rescue entries. Schema 1 left `{ id: text }` without revisions: such a copy was the tab's
 * last word before it closed, so it is read as an edit of what is stored (base unknown).
 */
export function readRescue(): RescueEntry[] {
  let parsed: unknown;
  try {
    const raw = localStorage.getItem(RESCUE_KEY);
    if (!raw) return [];
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const obj = parsed as Record<string, unknown>;
  if (obj.version === 2 && Array.isArray(obj.entries)) {
    return obj.entries.filter(
      (e): e is RescueEntry =>
        typeof e === 'object' && e !== null && typeof (e as RescueEntry).mine === 'string',
    );
  }
  return Object.values(obj)
    .filter((t): t is string => typeof t === 'string')
    .map((mine) => ({ mine, base: null, revs: {} }));
}

export function clearRescue(): void {
  try {
    localStorage.removeItem(RESCUE_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Removes SE Radar's own localStorage keys and no other app's. */
export function removeOwnLocalKeys(): void {
  try {
    const ours: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(LOCAL_PREFIX)) ours.push(key);
    }
    ours.forEach((key) => localStorage.removeItem(key));
  } catch {
    // Storage blocked: there is nothing of ours in it either.
  }
}
