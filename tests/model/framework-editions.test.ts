import { describe, expect, it } from 'vitest';
import {
  ALL_STATEMENT_IDS,
  CURRENT_EDITION,
  EDITIONS,
  ELEMENT_IDS,
  editionStatementIds,
  isRetired,
  isStatementId,
  statementEdition,
  statementElement,
  statementIdsOf,
} from '../../src/model/framework';
import { progressOf } from '../../src/model/progress';
import { restoreAssessment } from '../../src/model/restore';
import { participantElementScore } from '../../src/model/scoring';
import v1Text from '../fixtures/assessment-v1-full.json?raw';

const CODES = ['vms', 'lc', 'sc', 'ee', 'cu', 'ed', 'si', 'ps', 'mo'];

describe('framework editions', () => {
  it('edition 1 is the first 45 statements, five per element, exactly as they were', () => {
    // Written out by hand: vms-1 … vms-5, lc-1 … lc-5, and so on in model order.
    const expected = CODES.flatMap((c) => [1, 2, 3, 4, 5].map((n) => `${c}-${n}`));
    expect(editionStatementIds(1)).toEqual(expected);
    expect(statementIdsOf(1, 'monitoring')).toEqual(['mo-1', 'mo-2', 'mo-3', 'mo-4', 'mo-5']);
  });

  it('edition 2 asks 5 or 6 statements per element, 51 in all', () => {
    expect(EDITIONS).toEqual([1, 2]);
    expect(CURRENT_EDITION).toBe(2);
    // vms 6, lc 6, sc 5, ee 6, cu 5, ed 6, si 6, ps 6, mo 5 = 51
    expect(ELEMENT_IDS.map((id) => statementIdsOf(2, id).length)).toEqual([
      6, 6, 5, 6, 5, 6, 6, 6, 5,
    ]);
    expect(editionStatementIds(2)).toHaveLength(51);
  });

  it('keeps every id of every edition known, retired ones included', () => {
    expect(isStatementId('vms-1')).toBe(true); // retired in edition 2
    expect(isStatementId('vms-6')).toBe(true); // new in edition 2
    expect(isStatementId('vms-99')).toBe(false);
    expect(isStatementId(3)).toBe(false);
    // 45 first-edition ids + 21 new ones = 66
    expect(ALL_STATEMENT_IDS).toHaveLength(66);
    expect(new Set(ALL_STATEMENT_IDS).size).toBe(66);
  });

  it('says which edition introduced a statement and whether it is retired', () => {
    expect(statementEdition('vms-3')).toBe(1);
    expect(statementEdition('ps-7')).toBe(2);
    expect(statementEdition('xx-1')).toBeNull();
    expect(isRetired('ps-2')).toBe(true);
    expect(isRetired('ps-3')).toBe(false);
    expect(isRetired('ps-7')).toBe(false);
    expect(isRetired('xx-1')).toBe(false);
    expect(statementElement('ps-7')).toBe('processes-structure');
  });

  it('gives a new id to a changed statement: each id belongs to one element for ever', () => {
    for (const id of ELEMENT_IDS) {
      for (const s of [...statementIdsOf(1, id), ...statementIdsOf(2, id)]) {
        expect(statementElement(s), s).toBe(id);
      }
    }
  });
});

describe('a first-edition file', () => {
  const restored = restoreAssessment(JSON.parse(v1Text));
  if (!restored.ok) throw new Error('fixture does not restore');
  const a = restored.value;

  it('still counts its 45 statements for progress', () => {
    // Marieke answered 42 of the 45 first-edition statements (open: vms-5, ee-4, ed-5).
    expect(progressOf(a, 'p-marieke')).toMatchObject({ answered: 42, total: 45 });
  });

  it('still scores its statements', () => {
    // Marieke, vision: vms-1..vms-4 = 3, 3, 2, 3; vms-5 open -> (3 + 3 + 2 + 3) / 4 = 2.75
    expect(participantElementScore(a, 'p-marieke', 'vision-mission-strategy')).toMatchObject({
      score: 2.75,
      scored: 4,
      applicable: 5,
      total: 5,
      insufficient: false,
    });
  });

  it('would read differently as edition 2, so the edition matters', () => {
    // Edition 2 asks vms-6, vms-7, vms-3, vms-4, vms-8, vms-5: only vms-3 (2) and vms-4 (3) are
    // answered -> 5 / 2 = 2.5, and 2 of 6 is fewer than half, so flagged (her quick-check level
    // would stand in while fewer than half are scored, so it is left out here).
    expect(
      participantElementScore(
        { ...a, quickAnswers: {}, frameworkEdition: 2 },
        'p-marieke',
        'vision-mission-strategy',
      ),
    ).toMatchObject({ score: 2.5, scored: 2, applicable: 6, insufficient: true });
  });
});
