import { CURRENT_EDITION } from '../model/framework';
import { newId } from '../lib/ids';
import { safeFileName } from '../model/file-name';
import type { Assessment, AssessmentKind, AssessmentMeta, Language } from '../model/schema';
import { downloadText } from '../lib/download';
import { addAssessment, openAssessments, removeAssessment, useAssessments } from './assessments';
import { recordBackup } from './last-backup';
import { engine, loadEngine } from './engine';
import { loadAllTexts } from '../i18n/use-translation';

// The commands that need restore, the schema or the edits take them from the record engine: the
// screens that call them load it first (src/app/lazy-pages.ts), and the start page's own
// commands are async and load it themselves, so the start page's first load carries none of it.

/** Whether an assessment is in this browser (in the library, or read whole). */
function isStored(id: string): boolean {
  const { byId, summaries } = useAssessments.getState();
  return id in byId || id in summaries;
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function createAssessment(kind: AssessmentKind, meta: AssessmentMeta): string {
  const a = engine().newAssessment({
    id: newId('a'),
    kind,
    meta,
    participantId: newId('p'),
    now: new Date().toISOString(),
    // What a user starts today answers today's questionnaire; what was saved keeps its own.
    frameworkEdition: CURRENT_EDITION,
  });
  addAssessment(a);
  return a.id;
}

/** i18next with the demo's texts (the start page's first load has neither). */
async function demoTexts() {
  const i18n = await loadAllTexts();
  await i18n.loadNamespaces('demo');
  return i18n;
}

/** The id of the demo (or the workshop demo) in a language. */
export function demoIdOf(language: Language, workshop = false): string {
  return workshop ? `demo-workshop-${language}` : `demo-${language}`;
}

/** The demo in the given language: opened if it is there already, built otherwise. Never replaces another. */
export async function openDemo(language: Language): Promise<string> {
  const id = demoIdOf(language);
  if (isStored(id)) return id;
  const [{ buildDemo }, i18n] = await Promise.all([
    import('../model/demo'),
    demoTexts(),
    loadEngine(),
  ]);
  const t = i18n.getFixedT(language, 'demo');
  addAssessment(buildDemo((key) => t(key as never), language, todayIso()));
  return id;
}

/**
 * Starts a reassessment of `source` (today's date, a default title for this year made in the
 * report language) and returns its id. `defaultTitle` is that title in the interface language,
 * stored as the title until the user types their own.
 */
export function reassess(source: Assessment, defaultTitle: (year: string) => string): string {
  const date = todayIso();
  const next = engine().reassessmentOf(source, {
    id: newId('a'),
    participantId: newId('p'),
    now: new Date().toISOString(),
    date,
    defaultTitle: defaultTitle(date.slice(0, 4)),
    frameworkEdition: CURRENT_EDITION,
  });
  addAssessment(next);
  return next.id;
}

/** A reassessment of a stored assessment, read whole for it; null when it is gone. */
export async function reassessById(
  id: string,
  defaultTitle: (year: string) => string,
): Promise<string | null> {
  const [[source]] = await Promise.all([openAssessments([id]), loadEngine()]);
  return source ? reassess(source, defaultTitle) : null;
}

/**
 * The workshop demo (nine participants in three groups) in the given language: opened if it is
 * there already, built otherwise.
 */
export async function openWorkshopDemo(language: Language): Promise<string> {
  const id = demoIdOf(language, true);
  if (isStored(id)) return id;
  const [{ buildWorkshopDemo }, i18n] = await Promise.all([
    import('../model/demo-workshop'),
    demoTexts(),
    loadEngine(),
  ]);
  const t = i18n.getFixedT(language, 'demo');
  addAssessment(buildWorkshopDemo((key) => t(key as never), language, todayIso()));
  return id;
}

/** An editable copy of any assessment (the demo's "make a copy to edit"). */
export function copyAssessment(source: Assessment, title: string): string {
  const copy = engine().copyOf(source, { id: newId('a'), title, now: new Date().toISOString() });
  addAssessment(copy);
  return copy.id;
}

export function saveAssessmentToFile(a: Assessment): void {
  const name = safeFileName([a.meta.organisation, a.meta.title, a.meta.date], 'json');
  downloadText(name, engine().serializeAssessment(a), 'application/json');
  recordBackup();
}

/** Every assessment in this browser as one backup file (each read whole for it). */
export function saveAllToFile(): Promise<void> {
  const { byId, summaries } = useAssessments.getState();
  return saveSelectionToFile([...new Set([...Object.keys(summaries), ...Object.keys(byId)])]);
}

/** The chosen assessments (in the order given) as one backup file; ids no longer there are skipped. */
export async function saveSelectionToFile(ids: readonly string[]): Promise<void> {
  const [chosen, e] = await Promise.all([openAssessments(ids), loadEngine()]);
  if (chosen.length === 0) return;
  downloadText(
    safeFileName(['se-radar-backup', todayIso()], 'json'),
    e.serializeBackup(chosen),
    'application/json',
  );
  recordBackup();
}

/**
 * An editable copy of an assessment beside it, under a new id, titled as given (the caller adds
 * "(copy)" in the user's language). Returns the copy's id, or null when the source is gone.
 */
export async function duplicateAssessment(id: string, title: string): Promise<string | null> {
  const [[source]] = await Promise.all([openAssessments([id]), loadEngine()]);
  return source ? copyAssessment(source, title) : null;
}

/** What a delete leaves for "Undo": the assessment as it was, and the delete under way. */
export interface DeletedAssessment {
  assessment: Assessment;
  removal: Promise<void>;
}

/** Deletes an assessment now (tombstones) and keeps it in memory, so the user can undo. */
export async function deleteWithUndo(id: string): Promise<DeletedAssessment | null> {
  const [assessment] = await openAssessments([id]);
  if (!assessment) return null;
  return { assessment, removal: removeAssessment(id) };
}

/**
 * Brings a deleted assessment back whole: once its delete is written, it is added again over its
 * own tombstones (a re-add may replace a tombstone; docs/storage.md).
 */
export async function undoDelete(deleted: DeletedAssessment): Promise<void> {
  await deleted.removal.catch(() => undefined);
  addAssessment(deleted.assessment);
}
