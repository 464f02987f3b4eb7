/**
 * One writer per record (MODEL.md, "Records"). In storage an assessment is split in two kinds:
 * - the assessment record, written by its owner: everything but the participants' answers;
 * - one response record per participant, written by that participant: answers, quick-check
 *   levels and comments.
 * The app works on the joined view (`Assessment`), so scoring and reports read one shape; these
 * pure functions go from one to the other, and joining goes through restore() so stored records
 * are validated like any file.
 */
import { restoreAssessment, type RestoreResult } from './restore';
import { SCHEMA_VERSION, type Answer, type Assessment } from './schema';
import { isObj } from './objects';

export type AssessmentRecordBody = Omit<Assessment, 'answers' | 'quickAnswers' | 'comments'>;

export interface ResponseRecordBody {
  schemaVersion: number;
  kind: 'response';
  id: string;
  assessmentId: string;
  participantId: string;
  frameworkEdition: number;
  answers: Record<string, Answer>;
  quickLevels: Assessment['quickAnswers'][string];
  comments: Record<string, string>;
}

/** A response's record id: one per participant of an assessment. */
export function responseId(assessmentId: string, participantId: string): string {
  return `${assessmentId}:${participantId}`;
}

/** Splits the joined view into its records. Participants without any answer still get a response. */
export function splitAssessment(a: Assessment): {
  assessment: AssessmentRecordBody;
  responses: ResponseRecordBody[];
} {
  const { answers, quickAnswers, comments, ...owner } = a;
  return {
    assessment: owner,
    responses: a.participants.map((p) => ({
      schemaVersion: SCHEMA_VERSION,
      kind: 'response',
      id: responseId(a.id, p.id),
      assessmentId: a.id,
      participantId: p.id,
      frameworkEdition: a.frameworkEdition,
      answers: answers[p.id] ?? {},
      quickLevels: quickAnswers[p.id] ?? {},
      comments: comments[p.id] ?? {},
    })),
  };
}

/**
 * Joins stored record texts into the joined view and restores it (size, hazards, migrations,
 * schema). A response whose participant left the roster is kept out of the join only when it is
 * empty; with answers it makes the assessment unreadable rather than silently losing them.
 */
export function joinRecordTexts(
  assessmentText: string,
  responseTexts: readonly string[],
): RestoreResult<Assessment> {
  let owner: unknown;
  try {
    owner = JSON.parse(assessmentText);
  } catch {
    return { ok: false, error: { key: 'errors.invalidJson', path: '' } };
  }
  if (!isObj(owner)) return { ok: false, error: { key: 'errors.notAnAssessment', path: '' } };
  // A schema-1 record (the whole assessment in one) is its own join.
  if (owner.schemaVersion !== SCHEMA_VERSION || 'answers' in owner) return restoreAssessment(owner);
  const answers: Record<string, unknown> = {};
  const quickAnswers: Record<string, unknown> = {};
  const comments: Record<string, unknown> = {};
  for (const text of responseTexts) {
    let r: unknown;
    try {
      r = JSON.parse(text);
    } catch {
      return { ok: false, error: { key: 'errors.invalidJson', path: 'responses' } };
    }
    if (!isObj(r) || typeof r.participantId !== 'string')
      return { ok: false, error: { key: 'errors.unreadable', path: 'responses' } };
    const pid = r.participantId;
    if (isObj(r.answers) && Object.keys(r.answers).length > 0) answers[pid] = r.answers;
    if (isObj(r.quickLevels) && Object.keys(r.quickLevels).length > 0)
      quickAnswers[pid] = r.quickLevels;
    if (isObj(r.comments) && Object.keys(r.comments).length > 0) comments[pid] = r.comments;
  }
  return restoreAssessment({ ...owner, answers, quickAnswers, comments });
}

/**
 * The joined view with empty per-participant maps dropped, so a round trip through the records
 * gives back the same value (an assessment never holds `answers: { p1: {} }` after a reload).
 */
export function normaliseJoined(a: Assessment): Assessment {
  const prune = <V>(m: Record<string, Record<string, V>>) =>
    Object.fromEntries(Object.entries(m).filter(([, v]) => Object.keys(v).length > 0));
  return {
    ...a,
    answers: prune(a.answers),
    quickAnswers: prune(a.quickAnswers) as Assessment['quickAnswers'],
    comments: prune(a.comments),
  };
}
