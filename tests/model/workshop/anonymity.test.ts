// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupAnonymity, MIN_GROUP_ANSWERS } from '../../../src/model/workshop/anonymity';
import { groupResults } from '../../../src/model/workshop/groups';
import { perceptionGap } from '../../../src/model/workshop/gaps';
import type { WorkshopParticipant } from '../../../src/model/workshop/types';
import { GROUPS, many, workshop } from './workshop-fixtures';

/** `answered` of `members` in each of the three default groups. */
function roster(...perGroup: [members: number, answered: number][]): WorkshopParticipant[] {
  return perGroup.flatMap(([members, answered], g) =>
    Array.from({ length: members }, (_, i) => ({
      id: `g${g}p${i}`,
      code: `G${g}-${i}`,
      groupId: GROUPS[g]!.id,
      answered: i < answered,
    })),
  );
}

const verdicts = (r: WorkshopParticipant[]) =>
  groupAnonymity(GROUPS, r).map((g) => [g.answered, g.visibility]);

describe('anonymity: a group is shown from 3 answers up', () => {
  it('the threshold is 3', () => expect(MIN_GROUP_ANSWERS).toBe(3));

  it('counts answers, not members: 2 of 6 answered is too few', () => {
    expect(verdicts(roster([6, 2], [3, 3], [9, 1]))).toEqual([
      [2, 'too-few'],
      [3, 'shown'],
      [1, 'too-few'],
    ]);
  });

  it('all three with 3 or more answers are shown', () => {
    expect(verdicts(roster([3, 3], [5, 5], [9, 9]))).toEqual([
      [3, 'shown'],
      [5, 'shown'],
      [9, 'shown'],
    ]);
  });
});

describe('anonymity: one hidden group is never derivable from the team figures', () => {
  it('exactly one hidden: the next smallest (5 of 5, 4, 2) is hidden too', () => {
    // Team minus management minus employees would give the front line's 2 answers away.
    expect(verdicts(roster([5, 5], [4, 4], [2, 2]))).toEqual([
      [5, 'shown'],
      [4, 'protects-another'],
      [2, 'too-few'],
    ]);
  });

  it('a tie for next smallest hides the later group', () => {
    expect(verdicts(roster([1, 1], [3, 3], [3, 3]))).toEqual([
      [1, 'too-few'],
      [3, 'shown'],
      [3, 'protects-another'],
    ]);
  });

  it('two groups, one under 3: both hidden, the team figures alone remain', () => {
    const r = roster([7, 7], [2, 2]).filter((p) => p.groupId !== 'front');
    expect(groupAnonymity(GROUPS.slice(0, 2), r).map((g) => g.visibility)).toEqual([
      'protects-another',
      'too-few',
    ]);
  });

  it('two groups hidden already protect each other: nothing more is hidden', () => {
    expect(verdicts(roster([6, 6], [2, 2], [1, 1]))).toEqual([
      [6, 'shown'],
      [2, 'too-few'],
      [1, 'too-few'],
    ]);
  });

  it('a group where nobody answered adds nothing to the team, so it reveals nothing', () => {
    expect(verdicts(roster([4, 4], [3, 3], [5, 0]))).toEqual([
      [4, 'shown'],
      [3, 'shown'],
      [0, 'too-few'],
    ]);
  });
});

describe('hidden groups have no figures at all', () => {
  const members = [
    ...many(3, 'mgmt', 'M', { monitoring: [4, 4, 4, 4, 4] }),
    ...many(2, 'front', 'F', { monitoring: [1, 1, 1, 1, 1] }),
  ];
  const w = workshop(members);
  const g = groupResults(GROUPS, w.participants, w.scores);

  it('are not computed, and give no perception gap', () => {
    // Management (3) would be shown, but then the team (3 * 4 + 2 * 1) / 5 = 2.8 minus it gives
    // the front line away: both hidden.
    expect(g.map((x) => [x.visibility, x.elements])).toEqual([
      ['protects-another', null],
      ['too-few', null],
      ['too-few', null],
    ]);
    expect(perceptionGap(g[0]!, g[2]!)).toBeNull();
  });
});
