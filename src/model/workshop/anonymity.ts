/**
 * Which groups' figures may be shown (MODEL.md "Groups and the perception gap"): a group only
 * from 3 answers up, and never a single hidden group, because the team figures minus the shown
 * groups would give its figures away.
 */
import type { WorkshopGroup, WorkshopParticipant } from './types';

/** A group's figures are shown from this many answers up. */
export const MIN_GROUP_ANSWERS = 3;

/**
 * - 'shown': enough answers, and no other group's figures can be worked out from it;
 * - 'too-few': fewer than 3 members answered;
 * - 'protects-another': enough answers, but hidden so that the one group with too few answers
 *   cannot be derived from the team figures.
 */
export type GroupVisibility = 'shown' | 'too-few' | 'protects-another';

export interface GroupAnonymity {
  groupId: string;
  members: number;
  answered: number;
  visibility: GroupVisibility;
}

/**
 * The visibility of every group, in the groups' order. When exactly one group that answered at
 * all is hidden for too few answers, the shown group with the fewest answers (the later one on a
 * tie) is hidden too; with only one other group, that leaves the team figures alone.
 */
export function groupAnonymity(
  groups: readonly WorkshopGroup[],
  participants: readonly WorkshopParticipant[],
): GroupAnonymity[] {
  const result = groups.map((g): GroupAnonymity => {
    const members = participants.filter((p) => p.groupId === g.id);
    const answered = members.filter((p) => p.answered).length;
    return {
      groupId: g.id,
      members: members.length,
      answered,
      visibility: answered >= MIN_GROUP_ANSWERS ? 'shown' : 'too-few',
    };
  });
  // A group nobody in answered adds nothing to the team figures, so hiding it reveals nothing.
  const hiddenContributors = result.filter((g) => g.visibility === 'too-few' && g.answered > 0);
  if (hiddenContributors.length === 1) {
    let smallest: GroupAnonymity | null = null;
    for (const g of result) {
      if (g.visibility === 'shown' && (smallest === null || g.answered <= smallest.answered)) {
        smallest = g;
      }
    }
    if (smallest) smallest.visibility = 'protects-another';
  }
  return result;
}
