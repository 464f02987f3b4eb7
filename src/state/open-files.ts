import type { FieldRef } from '../model/file-import';
import { MAX_BACKUP_CHARS } from '../model/file-limits';
import { newId } from '../lib/ids';
import type { FileReading, Problem } from '../model/open-files';
import type { Assessment } from '../model/schema';
import { addAssessment, useAssessments } from './assessments';
import { loadEngine, type Engine } from './engine';

/** What happened to one assessment of an opened file. */
export type Outcome =
  | { kind: 'added' | 'replaced' | 'keptBoth'; id: string; title: string; leftOut: FieldRef[] }
  | { kind: 'already' | 'cancelled'; id: string; title: string }
  | { kind: 'refused'; title: string | null; position: number | null; problem: Problem };

export interface FileOutcome {
  name: string;
  kind: FileReading['kind'];
  /** The file as a whole could not be read (not JSON, too large, an empty backup, ...). */
  problem: Problem | null;
  outcomes: Outcome[];
}

/** The user's answer when an opened assessment's id is taken. */
export type Choice = 'replace' | 'keepBoth' | 'cancel';

export interface OpenedFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/**
 * Opens files one after the other through the one restore path. Nothing stored is overwritten
 * without the user's word: when an id is taken (by another version, or by an unreadable record)
 * `ask` is awaited; the same assessment opened again is reported as already there.
 */
export async function openFiles(
  files: readonly OpenedFile[],
  ask: (incoming: Assessment, unreadable: boolean) => Promise<Choice>,
  copyTitle: (title: string) => string,
): Promise<FileOutcome[]> {
  // Reading files needs restore and the schema: the start page loads them only now.
  const e = await loadEngine();
  const results: FileOutcome[] = [];
  for (const file of files) {
    if (file.size > MAX_BACKUP_CHARS) {
      results.push(wholeFile(file.name, 'errors.tooLarge', MAX_BACKUP_CHARS / 1024 / 1024));
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      results.push(wholeFile(file.name, 'errors.unreadableFile'));
      continue;
    }
    const reading = e.readOpenedFile(file.name, text);
    const outcomes: Outcome[] = [];
    for (const entry of reading.entries) {
      if (!entry.ok) {
        outcomes.push({
          kind: 'refused',
          title: entry.title,
          position: entry.position,
          problem: entry.problem,
        });
        continue;
      }
      outcomes.push(await place(e, entry.assessment, entry.leftOut, ask, copyTitle));
    }
    results.push({ name: file.name, kind: reading.kind, problem: reading.problem, outcomes });
  }
  return results;
}

function wholeFile(name: string, key: string, max?: number): FileOutcome {
  return {
    name,
    kind: 'assessment',
    problem: {
      kind: 'restore',
      error: max === undefined ? { key, path: '' } : { key, path: '', values: { max } },
      where: null,
    },
    outcomes: [],
  };
}

async function place(
  e: Engine,
  a: Assessment,
  leftOut: FieldRef[],
  ask: (incoming: Assessment, unreadable: boolean) => Promise<Choice>,
  copyTitle: (title: string) => string,
): Promise<Outcome> {
  const { byId, unreadable } = useAssessments.getState();
  const isUnreadable = unreadable.some((u) => u.key === a.id);
  const arrival = e.arrivalOf(a, byId[a.id], isUnreadable, e.serializeAssessment);
  const title = a.meta.title;
  if (arrival === 'identical') return { kind: 'already', id: a.id, title };
  if (arrival === 'new') {
    addAssessment(a);
    return { kind: 'added', id: a.id, title, leftOut };
  }
  const choice = await ask(a, isUnreadable);
  if (choice === 'cancel') return { kind: 'cancelled', id: a.id, title };
  if (choice === 'replace') {
    addAssessment(a, { replace: true });
    return { kind: 'replaced', id: a.id, title, leftOut };
  }
  const copy = e.keptBeside(a, newId('a'), copyTitle(title));
  addAssessment(copy);
  return { kind: 'keptBoth', id: copy.id, title: copy.meta.title, leftOut };
}
