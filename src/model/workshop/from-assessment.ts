/**
 * The workshop model's plain input read from a stored workshop assessment: the roster with who
 * answered, each participant's element scores and answers, and the agreed scores.
 */
import { assessmentEdition, ELEMENT_IDS } from '../framework';
import { participantScores } from '../scoring';
import type { Assessment, Group } from '../schema';
import { progressOf, type Progress } from '../progress';
import type { WorkshopInput } from './results';
import type { AgreedScores } from './team-scores';
import type { ScoresByParticipant, WorkshopParticipant } from './types';

/** Has the participant answered anything at all ("don't know" and "not applicable" included)? */
export function hasAnswered(a: Assessment, participantId: string): boolean {
  return progressOf(a, participantId).answered > 0;
}

/** Every participant's progress, in roster order. */
export function rosterProgress(a: Assessment): { participantId: string; progress: Progress }[] {
  return a.participants.map((p) => ({ participantId: p.id, progress: progressOf(a, p.id) }));
}

/** The workshop model's input. `groupName` turns a group into its shown name (a preset is translated). */
export function workshopInputOf(a: Assessment, groupName: (group: Group) => string): WorkshopInput {
  const participants: WorkshopParticipant[] = a.participants.map((p) => ({
    id: p.id,
    code: p.code,
    groupId: p.groupId,
    answered: hasAnswered(a, p.id),
  }));
  const scores: Record<string, ReturnType<typeof participantScores>> = {};
  // Only answers count: an invited participant who sent nothing is neither in the mean nor the spread.
  for (const p of participants) if (p.answered) scores[p.id] = participantScores(a, p.id);
  const agreed: Record<string, number | null> = {};
  for (const id of ELEMENT_IDS) agreed[id] = a.elements[id]?.agreedScore ?? null;
  return {
    groups: a.groups.map((g) => ({ id: g.id, name: groupName(g) })),
    participants,
    scores: scores as ScoresByParticipant,
    answers: a.answers,
    agreed: agreed as AgreedScores,
    edition: assessmentEdition(a),
  };
}
