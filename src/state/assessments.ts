import { create } from 'zustand';
import { assessmentSchema, type Assessment } from '../model/schema';
import { restoreAssessment, serializeAssessment, type RestoreError } from '../model/restore';
import { useBranding } from './branding';
import {
  deleteAssessment,
  readAllAssessments,
  writeAssessment,
  clearEverything,
  isQuotaError,
} from './storage';

/** How long edits gather before they are written: typing stays smooth, nothing waits long. */
export const SAVE_DELAY_MS = 250;

export interface Unreadable {
  key: string;
  text: string;
  error: RestoreError;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface AssessmentsState {
  status: 'loading' | 'ready' | 'failed';
  byId: Record<string, Assessment>;
  /** Saved records restore() refused: kept in the database and offered for download, never dropped. */
  unreadable: Unreadable[];
  saveState: SaveState;
  /** i18n key of the last save or edit problem, shown to the user; null when all is well. */
  problem: { key: string; values?: Record<string, string | number> } | null;
}

export const useAssessments = create<AssessmentsState>(() => ({
  status: 'loading',
  byId: {},
  unreadable: [],
  saveState: 'idle',
  problem: null,
}));

const pending = new Set<string>();

/**
 * An IndexedDB write started while the page unloads may never finish, so edits still waiting for
 * their write are also copied synchronously to localStorage on pagehide, and merged back on load.
 */
const RESCUE_KEY = 'se-radar.unsaved';

function rescuePending(): void {
  if (pending.size === 0) return;
  const byId = useAssessments.getState().byId;
  const copy: Record<string, string> = {};
  for (const id of pending) {
    const a = byId[id];
    if (a) copy[id] = serializeAssessment(a);
  }
  try {
    localStorage.setItem(RESCUE_KEY, JSON.stringify(copy));
  } catch {
    // localStorage full or blocked: the IndexedDB write below is all we can do.
  }
}

function clearRescue(): void {
  try {
    localStorage.removeItem(RESCUE_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Rescued copies newer than what IndexedDB holds, restored through the same path as everything else. */
function takeRescued(byId: Record<string, Assessment>): Assessment[] {
  let texts: Record<string, unknown> = {};
  try {
    const raw = localStorage.getItem(RESCUE_KEY);
    if (raw) texts = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return [];
  }
  const newer: Assessment[] = [];
  for (const text of Object.values(texts ?? {})) {
    const result = restoreAssessment(text);
    if (!result.ok) continue;
    const saved = byId[result.value.id];
    if (!saved || result.value.updatedAt > saved.updatedAt) newer.push(result.value);
  }
  return newer;
}
let timer: ReturnType<typeof setTimeout> | undefined;

/** Loads every saved assessment through restore(); unreadable records are listed, not deleted. */
export async function loadAssessments(): Promise<void> {
  try {
    const records = await readAllAssessments();
    const byId: Record<string, Assessment> = {};
    const unreadable: Unreadable[] = [];
    for (const record of records) {
      const result = restoreAssessment(record.text);
      if (result.ok) byId[result.value.id] = result.value;
      else unreadable.push({ key: record.key, text: record.text, error: result.error });
    }
    const rescued = takeRescued(byId);
    for (const a of rescued) byId[a.id] = a;
    useAssessments.setState({ status: 'ready', byId, unreadable });
    if (rescued.length > 0) rescued.forEach((a) => schedule(a.id));
    else clearRescue();
  } catch {
    // IndexedDB unavailable (private mode in some browsers): work in memory, and say so.
    useAssessments.setState({ status: 'ready', problem: { key: 'storage.unavailable' } });
  }
}

function schedule(id: string) {
  pending.add(id);
  useAssessments.setState({ saveState: 'saving' });
  clearTimeout(timer);
  timer = setTimeout(() => void flushSaves(), SAVE_DELAY_MS);
}

/** Writes every pending change now (also called when the page is hidden or closed). */
export async function flushSaves(): Promise<void> {
  clearTimeout(timer);
  const ids = [...pending];
  pending.clear();
  if (ids.length === 0) return;
  try {
    for (const id of ids) {
      const a = useAssessments.getState().byId[id];
      if (a) await writeAssessment(id, serializeAssessment(a));
    }
    useAssessments.setState({ saveState: 'saved', problem: null });
    if (pending.size === 0) clearRescue();
  } catch (error) {
    // Keep the changes on screen and pending, so a later write (after space is freed) saves them.
    ids.forEach((id) => pending.add(id));
    useAssessments.setState({
      saveState: 'error',
      problem: { key: isQuotaError(error) ? 'storage.quotaExceeded' : 'storage.writeFailed' },
    });
  }
}

/**
 * Applies an edit to one assessment. The result is validated against the schema first: an
 * edit that would make the assessment invalid is refused and the previous state stays.
 * The read-only demo refuses every edit.
 */
export function updateAssessment(id: string, edit: (a: Assessment) => Assessment): boolean {
  const current = useAssessments.getState().byId[id];
  if (!current || current.readOnly) return false;
  const next = { ...edit(current), updatedAt: new Date().toISOString() };
  const checked = assessmentSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    useAssessments.setState({
      problem: {
        key: issue?.message ?? 'errors.invalid',
        values: { path: issue?.path.join('.') ?? '' },
      },
    });
    return false;
  }
  useAssessments.setState((s) => ({ byId: { ...s.byId, [id]: next } }));
  schedule(id);
  return true;
}

/** Adds a whole assessment (new, imported, demo or copy) and saves it at once. */
export function addAssessment(a: Assessment): void {
  useAssessments.setState((s) => ({ byId: { ...s.byId, [a.id]: a } }));
  schedule(a.id);
}

export async function removeAssessment(id: string): Promise<void> {
  pending.delete(id);
  useAssessments.setState((s) => {
    const byId = { ...s.byId };
    delete byId[id];
    return { byId };
  });
  await deleteAssessment(id);
}

/** Removes an unreadable record after the user has chosen to (and could download it first). */
export async function discardUnreadable(key: string): Promise<void> {
  useAssessments.setState((s) => ({ unreadable: s.unreadable.filter((u) => u.key !== key) }));
  await deleteAssessment(key);
}

export async function removeEverything(): Promise<void> {
  pending.clear();
  clearTimeout(timer);
  await clearEverything();
  useAssessments.setState({ byId: {}, unreadable: [], saveState: 'idle', problem: null });
  useBranding.setState({ status: 'ready', branding: null, unreadable: false });
}

export function dismissProblem(): void {
  useAssessments.setState({ problem: null });
}

/** Flush when the page is hidden or closed: mobile browsers may never come back to a timer. */
export function installSaveOnHide(): void {
  const flush = () => {
    rescuePending();
    void flushSaves();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
}
