/**
 * Team and group scores per element from plain participant data: one call of team.ts's
 * aggregateElement per element, so the rules (unflagged mean, spread over everyone) live once.
 */
import { ELEMENT_IDS, type ElementId } from '../framework';
import { aggregateElement, type TeamElementScore } from '../team';
import type { ParticipantElementScore } from '../scoring';
import type { ScoresByParticipant, WorkshopParticipant } from './types';

/** The agreed score per element, where the facilitator set one. */
export type AgreedScores = Readonly<Partial<Record<ElementId, number | null>>>;

/**
 * The nine element scores of a set of participants (the whole team, or one group's members).
 * A participant without scores in `scores` counts as having no score on any element.
 */
export function aggregateParticipants(
  participants: readonly WorkshopParticipant[],
  scores: ScoresByParticipant,
  agreed: AgreedScores = {},
): Record<ElementId, TeamElementScore> {
  const result = {} as Record<ElementId, TeamElementScore>;
  for (const elementId of ELEMENT_IDS) {
    const own: ParticipantElementScore[] = [];
    for (const p of participants) {
      const score = scores[p.id]?.[elementId];
      if (score) own.push(score);
    }
    result[elementId] = aggregateElement(elementId, own, agreed[elementId] ?? null);
  }
  return result;
}
