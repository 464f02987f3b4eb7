import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../src/model/framework';
import { progressOf } from '../../src/model/progress';
import type { Assessment } from '../../src/model/schema';

type Inputs = Pick<Assessment, 'kind' | 'answers' | 'quickAnswers'>;

const empty = (kind: Assessment['kind']): Inputs => ({ kind, answers: {}, quickAnswers: {} });

describe('progressOf, full assessment', () => {
  it('counts 45 open statements, five per element, when nothing is answered', () => {
    const p = progressOf(empty('full'), 'p1');
    expect(p).toMatchObject({ answered: 0, total: 45 });
    for (const id of ELEMENT_IDS) expect(p.perElement[id]).toEqual({ answered: 0, total: 5 });
  });

  it('counts levels and "not applicable" as answered, per element and overall', () => {
    const a: Inputs = {
      ...empty('full'),
      answers: {
        p1: { 'vms-1': 4, 'vms-2': 'na', 'vms-5': 1, 'mo-3': 5 },
        p2: { 'lc-1': 3 },
      },
    };
    const p = progressOf(a, 'p1');
    expect(p.perElement['vision-mission-strategy']).toEqual({ answered: 3, total: 5 });
    expect(p.perElement.monitoring).toEqual({ answered: 1, total: 5 });
    // p2's answer is not p1's.
    expect(p.perElement['leadership-commitment']).toEqual({ answered: 0, total: 5 });
    expect(p.answered).toBe(4);
    expect(p.total).toBe(45);
  });

  it('reads only the given participant', () => {
    const a: Inputs = {
      ...empty('full'),
      answers: { p1: { 'vms-1': 4 }, p2: { 'lc-1': 3, 'lc-2': 'na' } },
    };
    expect(progressOf(a, 'p2')).toMatchObject({ answered: 2, total: 45 });
    expect(progressOf(a, 'nobody')).toMatchObject({ answered: 0, total: 45 });
  });

  it('ignores quick-check levels kept after a conversion to full', () => {
    const a: Inputs = { ...empty('full'), quickAnswers: { p1: { monitoring: 3 } } };
    expect(progressOf(a, 'p1').perElement.monitoring).toEqual({ answered: 0, total: 5 });
  });

  it('counts a completely answered element as 5 of 5', () => {
    const answers = { 'sc-1': 1, 'sc-2': 2, 'sc-3': 'na', 'sc-4': 4, 'sc-5': 5 } as const;
    const p = progressOf({ ...empty('full'), answers: { p1: { ...answers } } }, 'p1');
    expect(p.perElement['service-culture']).toEqual({ answered: 5, total: 5 });
    expect(p.answered).toBe(5);
  });
});

describe('progressOf, quick check', () => {
  it('counts one question per element: nine in all', () => {
    const p = progressOf(empty('quick'), 'p1');
    expect(p).toMatchObject({ answered: 0, total: 9 });
    for (const id of ELEMENT_IDS) expect(p.perElement[id]).toEqual({ answered: 0, total: 1 });
  });

  it('counts the elements with a level', () => {
    const a: Inputs = {
      ...empty('quick'),
      quickAnswers: {
        p1: { 'vision-mission-strategy': 2, monitoring: 5, 'service-innovation': 1 },
      },
      // Statement answers do not count in a quick check.
      answers: { p1: { 'ee-1': 3 } },
    };
    const p = progressOf(a, 'p1');
    expect(p.answered).toBe(3);
    expect(p.total).toBe(9);
    expect(p.perElement.monitoring).toEqual({ answered: 1, total: 1 });
    expect(p.perElement['employee-engagement']).toEqual({ answered: 0, total: 1 });
  });
});
