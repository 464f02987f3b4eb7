import type { FieldRef } from '../model/file-import';
import { MAX_BACKUP_CHARS } from '../model/file-limits';
import { newId } from '../lib/ids';
import type { FileReading, Problem } from '../model/open-files';
import type { Assessment } from '../model/schema';
import { addAssessment, openAssessment, useAssessments } from './assessments';
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
  // All files are read at once (the browser reads them in parallel), then placed one after the
  // other without waiting between them, so a hundred files cost one render of the list, not a
  // hundred.
  const texts = await Promise.all(
    files.map((file) =>
      file.size > MAX_BACKUP_CHARS
        ? Promise.resolve(null)
        : file.text().then(
            (text) => text,
            () => undefined,
          ),
    ),
  );
  const results: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    const text = texts[i];
    if (text === null) {
      results.push(wholeFile(file.name, 'errors.tooLarge', MAX_BACKUP_CHARS / 1024 / 1024));
      continue;
    }
    if (text === undefined) {
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
  // A stored one is read whole to tell an identical file from a changed one; an id not stored
  // costs no read (a hundred new files are added without a hundred database reads).
  if (a.id in useAssessments.getState().summaries) await openAssessment(a.id);
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
