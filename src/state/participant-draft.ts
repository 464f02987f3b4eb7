import { create } from 'zustand';
import type { ElementId, Level } from '../model/framework';
import type { Answer } from '../model/schema';
import {
  draftKey,
  emptyDraft,
  emptyDraftRecord,
  readDraftRecord,
  type Draft,
  type DraftRecord,
} from '../model/workshop/participant-draft';
import { readSetting, writeSetting } from './storage';

/** Half-done answers are written this long after the last change, and at once when the page hides. */
const SAVE_DELAY_MS = 250;

interface ParticipantDraftState {
  workshopId: string | null;
  status: 'idle' | 'loading' | 'ready';
  record: DraftRecord;
  /** The browser refused to store: the answers hold for this visit only. */
  saveFailed: boolean;
}

export const useParticipantDraft = create<ParticipantDraftState>(() => ({
  workshopId: null,
  status: 'idle',
  record: emptyDraftRecord(),
  saveFailed: false,
}));

let timer: ReturnType<typeof setTimeout> | undefined;
let dirty = false;
let listening = false;

async function write(): Promise<void> {
  clearTimeout(timer);
  const { workshopId, record } = useParticipantDraft.getState();
  if (!dirty || workshopId === null) return;
  dirty = false;
  try {
    await writeSetting(draftKey(workshopId), JSON.stringify(record));
    useParticipantDraft.setState({ saveFailed: false });
  } catch {
    useParticipantDraft.setState({ saveFailed: true });
  }
}

/** Writes what is pending now (the page is being hidden, or a test wants it on disk). */
export function flushParticipantDraft(): Promise<void> {
  return write();
}

function listen() {
  if (listening) return;
  listening = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void write();
  });
  window.addEventListener('pagehide', () => void write());
}

/** Reads this device's draft of a workshop (once per workshop opened). */
export async function loadParticipantDraft(workshopId: string): Promise<void> {
  const state = useParticipantDraft.getState();
  if (state.workshopId === workshopId && state.status !== 'idle') return;
  await write();
  listen();
  useParticipantDraft.setState({ workshopId, status: 'loading', record: emptyDraftRecord() });
  let text: string | undefined;
  try {
    text = await readSetting(draftKey(workshopId));
  } catch {
    text = undefined;
  }
  if (useParticipantDraft.getState().workshopId !== workshopId) return;
  useParticipantDraft.setState({ status: 'ready', record: readDraftRecord(text) });
}

function change(edit: (record: DraftRecord) => DraftRecord) {
  useParticipantDraft.setState((s) => ({ record: edit(s.record) }));
  dirty = true;
  clearTimeout(timer);
  timer = setTimeout(() => void write(), SAVE_DELAY_MS);
}

function changeDraft(edit: (draft: Draft) => Draft) {
  change((r) => {
    if (r.code === null) return r;
    return { ...r, drafts: { ...r.drafts, [r.code]: edit(r.drafts[r.code] ?? emptyDraft()) } };
  });
}

/** The participant picks their code (or, with null, goes back to picking). */
export function chooseCode(code: string | null): void {
  change((r) => ({ ...r, code }));
}

export function setDraftAnswer(statementId: string, answer: Answer | null): void {
  changeDraft((d) => {
    const answers = { ...d.answers };
    if (answer === null) delete answers[statementId];
    else answers[statementId] = answer;
    return { ...d, answers };
  });
}

export function setDraftQuick(elementId: ElementId, level: Level | null): void {
  changeDraft((d) => {
    const quickAnswers = { ...d.quickAnswers };
    if (level === null) delete quickAnswers[elementId];
    else quickAnswers[elementId] = level;
    return { ...d, quickAnswers };
  });
}

export function setDraftComment(targetId: string, text: string): void {
  changeDraft((d) => {
    const comments = { ...d.comments };
    if (text === '') delete comments[targetId];
    else comments[targetId] = text;
    return { ...d, comments };
  });
}

export function setDraftStep(step: number, finished = false): void {
  changeDraft((d) => ({ ...d, step, finished }));
}
