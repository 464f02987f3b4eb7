/**
 * Group scores per element (MODEL.md "Groups and the perception gap"): the mean of the members'
 * unflagged element scores, as for the team, computed only for groups whose figures may be shown.
 */
import type { ElementId } from '../framework';
import type { TeamElementScore } from '../team';
import { groupAnonymity, type GroupAnonymity } from './anonymity';
import { aggregateParticipants } from './team-scores';
import type { ScoresByParticipant, WorkshopGroup, WorkshopParticipant } from './types';

export interface GroupResult extends GroupAnonymity {
  name: string;
  /** Per element, only for a shown group: a hidden group's figures are never computed. */
  elements: Record<ElementId, TeamElementScore> | null;
}

/** Every group with its anonymity verdict and, when shown, its element scores; in group order. */
export function groupResults(
  groups: readonly WorkshopGroup[],
  participants: readonly WorkshopParticipant[],
  scores: ScoresByParticipant,
): GroupResult[] {
  return groupAnonymity(groups, participants).map((g, i) => ({
    ...g,
    name: groups[i]!.name,
    elements:
      g.visibility === 'shown'
        ? aggregateParticipants(
            participants.filter((p) => p.groupId === g.groupId),
            scores,
          )
        : null,
  }));
}
