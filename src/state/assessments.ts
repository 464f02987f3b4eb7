import { create } from 'zustand';
import type { Assessment } from '../model/schema';
import { newId } from '../lib/ids';
import type { AssessmentRecordBody, ResponseRecordBody } from '../model/records';
import type { RestoreError } from '../model/restore';
import {
  commitRecords,
  deleteDatabase,
  isQuotaError,
  readAssessmentRecords,
  readLibrary,
  readSummaryRow,
  rebuildSummaries,
  type RecordWrite,
  type Rev,
  type StoredRecord,
  type SummaryRow,
} from '../lib/db';
import { isSummary, SCORING_VERSION, type AssessmentSummary } from '../model/summary-shape';
import { onSync, postSync, type SyncMessage } from '../lib/channel';
import { hasLegacyData } from '../lib/legacy-db';
import { engine, loadEngine, loadedEngine } from './engine';
import { readRescue, writeRescue, clearRescue, removeOwnLocalKeys } from './rescue';
import { askPersistence } from './persistence';
import { useLastBackup } from './last-backup';
import { isWriteFailure } from './write-failure';

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
  /**
   * The assessments read whole: those a screen opened (openAssessment), made or brought in. The
   * library lists `summaries`, so a start never reads every assessment.
   */
  byId: Record<string, Assessment>;
  /** The library's line per stored assessment, from the summaries store (docs/storage.md). */
  summaries: Record<string, AssessmentSummary>;
  /** Saved records restore() refused: kept in the database and offered for download, never dropped. */
  unreadable: Unreadable[];
  saveState: SaveState;
  /** i18n key of the last save, edit or sync message, shown to the user; null when all is well. */
  problem: { key: string; values?: Record<string, string | number> } | null;
}

export const useAssessments = create<AssessmentsState>(() => ({
  status: 'loading',
  byId: {},
  summaries: {},
  unreadable: [],
  saveState: 'idle',
  problem: null,
}));

/** This tab's writer id: revisions name it, so a tab can tell its own commits from others'. */
const WRITER = newId('tab');

/**
 * What this tab last read from or wrote to the database, per assessment: the joined value and
 * the revision of each of its records. A write is based on these; a conflict is merged from them.
 */
interface Known {
  base: Assessment | null;
  revs: Map<string, Rev>;
}
const known = new Map<string, Known>();
/** Assessments with edits not yet committed; `revive` for a re-added one (undo, open again). */
const pending = new Map<string, { revive: boolean; replace: boolean }>();
/**
 * Assessments taken from `pending` by the flush under way and not committed yet: a tab closing
 * meanwhile (a reload while a hundred opened files are written) keeps them in its rescue copy too.
 */
const committing = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The flush under way, so "remove all my data" and the next flush wait for it. */
let flushing: Promise<void> = Promise.resolve();

const recordKey = (store: 'assessments' | 'responses', id: string) => `${store}/${id}`;

function setProblem(key: string, values?: Record<string, string | number>) {
  useAssessments.setState({ problem: values ? { key, values } : { key } });
}

/** Reads one assessment's records and restores the joined view, with the revisions it was read at. */
async function readJoined(
  id: string,
): Promise<
  | { state: 'ok'; value: Assessment; revs: Map<string, Rev> }
  | { state: 'absent' | 'deleted' }
  | { state: 'unreadable'; text: string; error: RestoreError }
> {
  const { assessment, responses } = await readAssessmentRecords(id);
  if (!assessment) return { state: 'absent' };
  if (assessment.deleted) return { state: 'deleted' };
  await loadEngine();
  return joinStored(assessment, responses);
}

function joinStored(assessment: StoredRecord, responses: readonly StoredRecord[]) {
  const live = responses.filter((r) => !r.deleted);
  const result = engine().joinRecordTexts(
    assessment.body,
    live.map((r) => r.body),
  );
  if (!result.ok)
    return { state: 'unreadable' as const, text: assessment.body, error: result.error };
  const revs = new Map<string, Rev>([[recordKey('assessments', assessment.id), assessment.rev]]);
  for (const r of responses) revs.set(recordKey('responses', r.id), r.rev);
  return { state: 'ok' as const, value: result.value, revs };
}

const summaryRow = (a: Assessment): SummaryRow => ({
  id: a.id,
  version: SCORING_VERSION,
  summary: engine().summarize(a),
});
const tombstoneRow = (id: string): SummaryRow => ({ id, version: SCORING_VERSION, deleted: true });

function withSummary(id: string, summary: AssessmentSummary | null) {
  useAssessments.setState((s) => {
    const summaries = { ...s.summaries };
    if (summary) summaries[id] = summary;
    else delete summaries[id];
    return { summaries };
  });
}

/**
 * Starts the library: first moves schema 1's databases over (once), then reads the summaries,
 * not the assessments. Only a record without an up-to-date summary (written before the summaries
 * store, by another scoring version, or by hand) is read, restored and summarized again; one that
 * cannot be restored is listed as unreadable, never deleted. A rescue copy left by a closing tab is
 * merged in by revision, not by clock. With every summary current and nothing to rescue (and on a
 * first visit), the record engine is not loaded at all.
 */
export async function loadAssessments(): Promise<void> {
  try {
    if (await hasLegacyData()) await (await loadEngine()).moveLegacyData();
    const { rows, ids } = await readLibrary();
    const rowById = new Map(rows.map((r) => [r.id, r]));
    const summaries: Record<string, AssessmentSummary> = {};
    const stale: string[] = [];
    for (const id of ids) {
      const row = rowById.get(id);
      if (row?.version === SCORING_VERSION && row.deleted) continue;
      if (row?.version === SCORING_VERSION && isSummary(row.summary, id))
        summaries[id] = row.summary;
      else stale.push(id);
    }
    const rescue = readRescue();
    const byId: Record<string, Assessment> = {};
    const unreadable: Unreadable[] = [];
    if (stale.length > 0 || rescue.length > 0) await loadEngine();
    if (stale.length > 0)
      await rebuildSummaries(stale, (record, responses) => {
        if (!record) return null;
        if (record.deleted) return tombstoneRow(record.id);
        const joined = joinStored(record, responses);
        if (joined.state !== 'ok') {
          unreadable.push({ key: record.id, text: joined.text, error: joined.error });
          return null;
        }
        byId[record.id] = joined.value;
        known.set(record.id, { base: joined.value, revs: joined.revs });
        const row = summaryRow(joined.value);
        summaries[record.id] = row.summary as AssessmentSummary;
        return row;
      });
    // The rescue is merged with what is stored, so those assessments are read whole.
    for (const entry of rescue) {
      const mine = engine().restoreAssessment(entry.mine);
      if (!mine.ok || byId[mine.value.id]) continue;
      const stored = await readJoined(mine.value.id);
      if (stored.state === 'ok') {
        byId[mine.value.id] = stored.value;
        known.set(mine.value.id, { base: stored.value, revs: stored.revs });
      }
    }
    const rescued = takeRescued(byId);
    for (const id of pending.keys()) if (byId[id]) summaries[id] = engine().summarize(byId[id]);
    useAssessments.setState({ status: 'ready', byId, summaries, unreadable });
    if (rescued > 0) schedule();
    else clearRescue();
  } catch {
    // IndexedDB unavailable (private mode in some browsers): work in memory, and say so.
    useAssessments.setState({ status: 'ready', problem: { key: 'storage.unavailable' } });
  }
}

const opening = new Map<string, Promise<'ok' | 'absent' | 'unreadable'>>();

/**
 * Reads one assessment whole (its records, restored and joined), for a screen that shows it.
 * 'absent' for none (or a deleted one); 'unreadable' lists it as such.
 */
export function openAssessment(id: string): Promise<'ok' | 'absent' | 'unreadable'> {
  if (useAssessments.getState().byId[id]) return Promise.resolve('ok');
  let run = opening.get(id);
  if (!run) {
    run = readJoined(id)
      .then((read) => {
        if (useAssessments.getState().byId[id]) return 'ok' as const;
        if (read.state === 'ok') {
          known.set(id, { base: read.value, revs: read.revs });
          useAssessments.setState((s) => ({ byId: { ...s.byId, [id]: read.value } }));
          return 'ok' as const;
        }
        if (read.state === 'unreadable') {
          useAssessments.setState((s) => ({
            unreadable: s.unreadable.some((u) => u.key === id)
              ? s.unreadable
              : [...s.unreadable, { key: id, text: read.text, error: read.error }],
          }));
          return 'unreadable' as const;
        }
        return 'absent' as const;
      })
      .catch(() => 'absent' as const)
      .finally(() => opening.delete(id));
    opening.set(id, run);
  }
  return run;
}

/** The assessments of `ids` read whole, in that order; those that cannot be read are left out. */
export async function openAssessments(ids: readonly string[]): Promise<Assessment[]> {
  await Promise.all(ids.map(openAssessment));
  const { byId } = useAssessments.getState();
  return ids.flatMap((id) => (byId[id] ? [byId[id]] : []));
}

/**
 * The rescue copy holds, per assessment, the tab's unsaved value and the value and revisions it
 * was based on. Where the database still holds those revisions, nothing was written since and the
 * rescued value simply wins; otherwise it is merged with what was written meanwhile.
 */
function takeRescued(byId: Record<string, Assessment>): number {
  let count = 0;
  for (const entry of readRescue()) {
    const { restoreAssessment, merge3, assessmentSchema } = engine();
    const mine = restoreAssessment(entry.mine);
    if (!mine.ok) continue;
    const id = mine.value.id;
    const stored = byId[id];
    const k = known.get(id);
    if (!stored || !k) {
      byId[id] = mine.value;
      pending.set(id, { revive: false, replace: false });
      count++;
      continue;
    }
    const base = entry.base === null ? null : restoreAssessment(entry.base);
    const unchanged = [...k.revs].every(([key, rev]) => {
      const seen = entry.revs[key];
      return seen !== undefined && seen.n === rev.n && seen.writer === rev.writer;
    });
    const value = unchanged
      ? mine.value
      : merge3(base?.ok ? base.value : stored, mine.value, stored).value;
    if (!assessmentSchema.safeParse(value).success) continue;
    byId[id] = value;
    pending.set(id, { revive: false, replace: false });
    count++;
  }
  return count;
}

function schedule() {
  useAssessments.setState({ saveState: 'saving' });
  clearTimeout(timer);
  timer = setTimeout(() => void flushSaves(), SAVE_DELAY_MS);
}

/** Writes every pending change now (also called when the page is hidden or closed). */
export function flushSaves(): Promise<void> {
  clearTimeout(timer);
  flushing = flushing.then(flushPending, flushPending);
  return flushing;
}

async function flushPending(): Promise<void> {
  const ids = [...pending];
  pending.clear();
  if (ids.length === 0) return;
  for (const [id] of ids) committing.add(id);
  try {
    for (const [id, how] of ids) {
      await commitOne(id, how);
      committing.delete(id);
    }
    if (pending.size === 0) {
      clearRescue();
      const { saveState, problem } = useAssessments.getState();
      // A write that failed before has now gone through: the storage bar can go.
      if (problem && isWriteFailure(problem.key) && problem.key !== 'storage.unavailable')
        useAssessments.setState({ saveState: 'saved', problem: null });
      else if (saveState !== 'error') useAssessments.setState({ saveState: 'saved' });
    }
    void askPersistence();
  } catch (error) {
    // Keep the changes on screen and pending, so a later write (after space is freed) saves them.
    for (const [id, how] of ids) if (!pending.has(id) && committing.has(id)) pending.set(id, how);
    committing.clear();
    useAssessments.setState({
      saveState: 'error',
      problem: { key: isQuotaError(error) ? 'storage.quotaExceeded' : 'storage.writeFailed' },
    });
  }
}

/** The record writes that turn `base` into `mine`: only records whose text changed. */
function writesFor(
  mine: Assessment,
  k: Known | undefined,
  how: { revive: boolean; replace: boolean },
): RecordWrite[] {
  const { splitAssessment } = engine();
  const next = splitAssessment(mine);
  const before = k?.base ? splitAssessment(k.base) : null;
  const beforeText = new Map<string, string>();
  if (before) {
    beforeText.set(
      recordKey('assessments', before.assessment.id),
      JSON.stringify(before.assessment),
    );
    for (const r of before.responses)
      beforeText.set(recordKey('responses', r.id), JSON.stringify(r));
  }
  const writes: RecordWrite[] = [];
  const add = (
    store: 'assessments' | 'responses',
    body: AssessmentRecordBody | ResponseRecordBody,
    assessmentId?: string,
  ) => {
    const key = recordKey(store, body.id);
    const text = JSON.stringify(body);
    if (beforeText.get(key) === text && !how.replace) return;
    writes.push({
      store,
      id: body.id,
      body: text,
      expected: k?.revs.get(key) ?? null,
      force: how.replace,
      revive: how.revive,
      ...(assessmentId === undefined ? {} : { assessmentId }),
    });
  };
  add('assessments', next.assessment);
  for (const r of next.responses) add('responses', r, mine.id);
  // A participant removed from the roster: their response becomes a tombstone.
  const kept = new Set(next.responses.map((r) => r.id));
  for (const r of before?.responses ?? []) {
    if (!kept.has(r.id))
      writes.push({
        store: 'responses',
        id: r.id,
        assessmentId: mine.id,
        body: null,
        expected: k?.revs.get(recordKey('responses', r.id)) ?? null,
        force: true,
      });
  }
  return writes;
}

async function commitOne(id: string, how: { revive: boolean; replace: boolean }): Promise<void> {
  const { merge3, normaliseJoined, assessmentSchema } = await loadEngine();
  let overwrote: string | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const mine = useAssessments.getState().byId[id];
    if (!mine) return;
    const k = known.get(id);
    const writes = writesFor(mine, k, how);
    if (writes.length === 0) return;
    const row = summaryRow(mine);
    const outcome = await commitRecords(writes, WRITER, [row]);
    if (outcome.ok) {
      withSummary(id, row.summary as AssessmentSummary);
      const revs = new Map(k?.revs ?? []);
      for (const [key, rev] of outcome.revs) revs.set(key, rev);
      known.set(id, { base: mine, revs });
      postSync({ type: 'changed', assessmentId: id, writer: WRITER, overwrote });
      return;
    }
    if (outcome.reason === 'deleted') {
      dropLocally(id);
      setProblem('sync.removedElsewhere', { title: mine.meta.title });
      return;
    }
    // Someone committed first: merge their records with this tab's change and try again.
    const theirs = await readJoined(id);
    if (theirs.state !== 'ok') {
      // An unreadable record is never overwritten without the user's say.
      setProblem('storage.conflictUnreadable', { title: mine.meta.title });
      useAssessments.setState({ saveState: 'error' });
      return;
    }
    const merged = merge3(k?.base ?? theirs.value, mine, theirs.value);
    if (merged.conflicts.length > 0) {
      overwrote = [...theirs.revs.values()].find((r) => r.writer !== WRITER)?.writer ?? null;
    }
    const value = normaliseJoined(merged.value);
    if (!assessmentSchema.safeParse(value).success) {
      // The merge of two valid states broke a rule (two actions with one id): theirs stands.
      useAssessments.setState((s) => ({ byId: { ...s.byId, [id]: theirs.value } }));
      known.set(id, { base: theirs.value, revs: theirs.revs });
      setProblem('sync.overwritten', { title: mine.meta.title });
      return;
    }
    useAssessments.setState((s) => ({ byId: { ...s.byId, [id]: value } }));
    known.set(id, { base: theirs.value, revs: theirs.revs });
  }
  throw new Error('Too many concurrent writes');
}

function dropLocally(id: string) {
  pending.delete(id);
  known.delete(id);
  useAssessments.setState((s) => {
    if (!(id in s.byId)) return s;
    const byId = { ...s.byId };
    delete byId[id];
    return { byId };
  });
}

/**
 * Applies an edit to one assessment. The result is validated against the schema first: an
 * edit that would make the assessment invalid is refused and the previous state stays.
 * The read-only demo refuses every edit.
 */
export function updateAssessment(id: string, edit: (a: Assessment) => Assessment): boolean {
  const current = useAssessments.getState().byId[id];
  if (!current || current.readOnly) return false;
  const edited = edit(current);
  if (edited === current) return true;
  const next = { ...edited, updatedAt: new Date().toISOString() };
  const checked = engine().assessmentSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    setProblem(issue?.message ?? 'errors.invalid', { path: issue?.path.join('.') ?? '' });
    return false;
  }
  useAssessments.setState((s) => ({ byId: { ...s.byId, [id]: next } }));
  if (!pending.has(id)) pending.set(id, { revive: false, replace: false });
  schedule();
  return true;
}

/**
 * Adds a whole assessment (new, imported, demo, copy, or one brought back by "undo") and saves it
 * at once. `replace` overwrites whatever is stored under its id, unreadable or not: only for the
 * user's explicit "replace" choice.
 */
export function addAssessment(a: Assessment, options: { replace?: boolean } = {}): void {
  useAssessments.setState((s) => ({
    byId: { ...s.byId, [a.id]: a },
    summaries: { ...s.summaries, [a.id]: engine().summarize(a) },
    unreadable: options.replace ? s.unreadable.filter((u) => u.key !== a.id) : s.unreadable,
  }));
  pending.set(a.id, { revive: true, replace: options.replace === true });
  void loadEngine();
  schedule();
}

/** Deletes an assessment: its records become tombstones, so a stale tab cannot bring it back. */
export async function removeAssessment(id: string): Promise<void> {
  await flushing;
  const { splitAssessment } = await loadEngine();
  const a = useAssessments.getState().byId[id];
  const k = known.get(id);
  dropLocally(id);
  withSummary(id, null);
  const responseIds = a ? splitAssessment(a).responses.map((r) => r.id) : [];
  for (const key of k?.revs.keys() ?? []) {
    const [store, rid] = key.split(/\/(.*)/s) as ['assessments' | 'responses', string];
    if (store === 'responses' && rid && !responseIds.includes(rid)) responseIds.push(rid);
  }
  await commitRecords(
    [
      { store: 'assessments', id, body: null, expected: null, force: true },
      ...responseIds.map((rid) => ({
        store: 'responses' as const,
        id: rid,
        assessmentId: id,
        body: null,
        expected: null,
        force: true,
      })),
    ],
    WRITER,
    [tombstoneRow(id)],
  );
  postSync({ type: 'removed', assessmentId: id, writer: WRITER });
}

/** Removes an unreadable record after the user has chosen to (and could download it first). */
export async function discardUnreadable(key: string): Promise<void> {
  useAssessments.setState((s) => ({ unreadable: s.unreadable.filter((u) => u.key !== key) }));
  await commitRecords(
    [{ store: 'assessments', id: key, body: null, expected: null, force: true }],
    WRITER,
    [tombstoneRow(key)],
  );
  postSync({ type: 'removed', assessmentId: key, writer: WRITER });
}

/**
 * "Remove all my data": waits for a save under way (so it cannot bring records back), then
 * deletes SE Radar's database and its own localStorage keys, nothing of other apps.
 */
export async function removeEverything(): Promise<void> {
  clearTimeout(timer);
  pending.clear();
  await flushing;
  pending.clear();
  known.clear();
  await deleteDatabase();
  removeOwnLocalKeys();
  useAssessments.setState({
    byId: {},
    summaries: {},
    unreadable: [],
    saveState: 'idle',
    problem: null,
  });
  const { useBranding } = await import('./branding');
  useBranding.setState({ status: 'ready', branding: null, unreadable: false });
  useLastBackup.setState({ at: null });
  postSync({ type: 'cleared', writer: WRITER });
}

export function dismissProblem(): void {
  useAssessments.setState({ problem: null });
}

/** Another tab committed: read the records it wrote and show them, merged with unsaved edits here. */
async function onOtherTab(message: SyncMessage): Promise<void> {
  if (message.writer === WRITER) return;
  if (message.type === 'cleared') {
    pending.clear();
    known.clear();
    useAssessments.setState({ byId: {}, summaries: {}, unreadable: [] });
    return;
  }
  if (message.type === 'reload') return;
  const id = message.assessmentId;
  if (message.type === 'removed') {
    const title = useAssessments.getState().byId[id]?.meta.title;
    dropLocally(id);
    withSummary(id, null);
    useAssessments.setState((s) => ({ unreadable: s.unreadable.filter((u) => u.key !== id) }));
    if (title !== undefined) setProblem('sync.removedElsewhere', { title });
    return;
  }
  await flushing;
  if (!useAssessments.getState().byId[id]) {
    // Not open here: the library's line is enough, and the other tab wrote it with its records.
    const row = await readSummaryRow(id);
    if (row && !row.deleted && isSummary(row.summary, id)) withSummary(id, row.summary);
    return;
  }
  const theirs = await readJoined(id);
  if (theirs.state !== 'ok') return;
  const mine = useAssessments.getState().byId[id];
  const k = known.get(id);
  let value = theirs.value;
  if (mine && pending.has(id)) {
    const { merge3, normaliseJoined, assessmentSchema } = engine();
    const merged = merge3(k?.base ?? theirs.value, mine, theirs.value);
    const candidate = normaliseJoined(merged.value);
    if (assessmentSchema.safeParse(candidate).success) value = candidate;
  }
  known.set(id, { base: theirs.value, revs: theirs.revs });
  useAssessments.setState((s) => ({
    byId: { ...s.byId, [id]: value },
    summaries: { ...s.summaries, [id]: engine().summarize(value) },
  }));
  if (message.overwrote === WRITER && mine)
    setProblem('sync.overwritten', { title: mine.meta.title });
}

/**
 * Flush when the page is hidden or closed (mobile browsers may never come back to a timer), keep a
 * synchronous rescue copy for the unload, and listen to the other tabs.
 */
export function installSaveOnHide(): void {
  const flush = () => {
    // Pending edits mean the engine is loaded (a record was read, made or opened through it).
    const loaded = loadedEngine();
    if (loaded)
      writeRescue(
        loaded.serializeAssessment,
        [...new Set([...pending.keys(), ...committing])].flatMap((id) => {
          const mine = useAssessments.getState().byId[id];
          if (!mine) return [];
          const k = known.get(id);
          return [{ mine, base: k?.base ?? null, revs: Object.fromEntries(k?.revs ?? []) }];
        }),
      );
    void flushSaves();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
  onSync((message) => void onOtherTab(message));
}
