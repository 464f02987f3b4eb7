/**
 * A workshop as plain data for the workshop model's tests: a roster in groups, each member's
 * answers per element (statement order, undefined = open), scored by the real scoring rules.
 */
import { ELEMENT_IDS, statementIdsOf, type ElementId } from '../../../src/model/framework';
import { participantScores } from '../../../src/model/scoring';
import type { Answer } from '../../../src/model/schema';
import type {
  ScoresByParticipant,
  WorkshopAnswer,
  WorkshopGroup,
  WorkshopParticipant,
} from '../../../src/model/workshop/types';

export type WSlot = WorkshopAnswer | undefined;

export interface Member {
  code: string;
  groupId: string;
  /** Per element, answers in statement order. */
  answers: Partial<Record<ElementId, readonly WSlot[]>>;
  /** Defaults to true. */
  answered?: boolean;
}

export const GROUPS: WorkshopGroup[] = [
  { id: 'mgmt', name: 'Management' },
  { id: 'staff', name: 'Employees' },
  { id: 'front', name: 'Customer-facing staff' },
];

export interface Workshop {
  participants: WorkshopParticipant[];
  scores: ScoresByParticipant;
  responses: Record<string, WorkshopAnswer>[];
}

/** Scores every member with participantScores(); "don't know" is scored like open. */
export function workshop(members: readonly Member[]): Workshop {
  const responses = members.map((m) => {
    const r: Record<string, WorkshopAnswer> = {};
    for (const [elementId, slots] of Object.entries(m.answers)) {
      const ids = statementIdsOf(1, elementId as ElementId);
      slots!.forEach((s, i) => {
        if (s !== undefined) r[ids[i]!] = s;
      });
    }
    return r;
  });
  const participants = members.map((m, i) => ({
    id: `p${i + 1}`,
    code: m.code,
    groupId: m.groupId,
    answered: m.answered ?? true,
  }));
  const answers: Record<string, Record<string, Answer>> = {};
  responses.forEach((r, i) => {
    answers[`p${i + 1}`] = Object.fromEntries(
      Object.entries(r).filter(([, a]) => a !== 'dk'),
    ) as Record<string, Answer>;
  });
  const scores: Record<string, ReturnType<typeof participantScores>> = {};
  for (const p of participants) {
    scores[p.id] = participantScores({ kind: 'full', answers, quickAnswers: {} }, p.id);
  }
  return { participants, scores, responses };
}

/** `n` members of one group giving the same answers. */
export function many(
  n: number,
  groupId: string,
  prefix: string,
  answers: Member['answers'],
): Member[] {
  return Array.from({ length: n }, (_, i) => ({ code: `${prefix}${i + 1}`, groupId, answers }));
}

export { ELEMENT_IDS };
