import i18n from 'i18next';
import { CURRENT_EDITION } from '../model/framework';
import { newId } from '../model/ids';
import type { RestoreError } from '../model/restore';
import { safeFileName } from '../model/file-name';
import type { Assessment, AssessmentKind, AssessmentMeta, Language } from '../model/schema';
import { downloadText } from '../lib/download';
import { addAssessment, useAssessments } from './assessments';
import { engine, loadEngine } from './engine';

// The commands that need restore, the schema or the edits take them from the record engine: the
// screens that call them load it first (src/app/lazy-pages.ts), and the start page's own
// commands are async and load it themselves, so the start page's first load carries none of it.

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

/** The demo in the given language: opened if it is there already, built otherwise. Never replaces another. */
export async function openDemo(language: Language): Promise<string> {
  const id = `demo-${language}`;
  if (useAssessments.getState().byId[id]) return id;
  const [{ buildDemo }] = await Promise.all([
    import('../model/demo'),
    loadEngine(),
    i18n.loadNamespaces('demo'),
  ]);
  const t = i18n.getFixedT(language, 'demo');
  addAssessment(buildDemo((key) => t(key as never), language, todayIso()));
  return id;
}

/**
 * The workshop demo (nine participants in three groups) in the given language: opened if it is
 * there already, built otherwise.
 */
export async function openWorkshopDemo(language: Language): Promise<string> {
  const id = `demo-workshop-${language}`;
  if (useAssessments.getState().byId[id]) return id;
  const [{ buildWorkshopDemo }] = await Promise.all([
    import('../model/demo-workshop'),
    loadEngine(),
    i18n.loadNamespaces('demo'),
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
}

export type ImportResult =
  | { ok: true; kind: 'assessment'; id: string; renamed: boolean }
  | { ok: true; kind: 'backup'; added: number; failed: number }
  | { ok: false; error: RestoreError };

/** Adds an opened assessment; one whose id is taken comes in beside the other under a new id. */
function addOpened(opened: Assessment): { id: string; renamed: boolean } {
  const taken = Boolean(useAssessments.getState().byId[opened.id]);
  const a = taken ? { ...opened, id: newId('a'), readOnly: false } : opened;
  addAssessment(a);
  return { id: a.id, renamed: taken };
}

/** Every assessment in this browser as one backup file. */
export function saveAllToFile(): void {
  const all = Object.values(useAssessments.getState().byId);
  downloadText(
    safeFileName(['se-radar-backup', todayIso()], 'json'),
    engine().serializeBackup(all),
    'application/json',
  );
}

/**
 * Opens an assessment file, or a backup of many, through restore(). A file whose id is already in
 * the list (opened twice, or a colleague's copy) comes in beside it under a new id: it never
 * overwrites work.
 */
export async function importAssessmentText(text: string): Promise<ImportResult> {
  const { readBackup, restoreAssessment } = await loadEngine();
  const backup = readBackup(text);
  if (backup) {
    backup.restored.forEach(addOpened);
    if (backup.restored.length === 0 && backup.failed[0])
      return { ok: false, error: backup.failed[0].error };
    return {
      ok: true,
      kind: 'backup',
      added: backup.restored.length,
      failed: backup.failed.length,
    };
  }
  const result = restoreAssessment(text);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, kind: 'assessment', ...addOpened(result.value) };
}
