import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, buildDemo } from '../../src/model/demo';
import { ELEMENTS, ELEMENT_IDS, statementIdsOf, type ElementId } from '../../src/model/framework';
import { assessmentSchema, type Language } from '../../src/model/schema';

const TODAY = '2026-03-15';

function readDemo(lng: Language): Record<string, unknown> {
  const file = join(process.cwd(), 'public/locales', lng, 'demo.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object') return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** A t bound to the demo namespace; a missing key throws so a typo fails the test. */
function translator(lng: Language): (key: string) => string {
  const texts = new Map(leaves(readDemo(lng)));
  return (key) => {
    const value = texts.get(key);
    if (typeof value !== 'string') throw new Error(`Missing demo text: ${lng}:${key}`);
    return value;
  };
}

/** Plain mean of the numeric answers (open and 'na' left out), written out here on purpose. */
function rawMean(answers: Record<string, unknown>, statementIds: readonly string[]): number {
  const scored = statementIds
    .map((s) => answers[s])
    .filter((v): v is number => typeof v === 'number');
  return scored.reduce((sum, v) => sum + v, 0) / scored.length;
}

/*
 * The demo's profile, worked out by hand from the answers in src/model/demo.ts:
 *   vision-mission-strategy  3 3 2 4 3        -> 15/5 = 3.0
 *   leadership-commitment    4 4 3 3 4        -> 18/5 = 3.6
 *   service-culture          3 3 open 2 4     -> 12/4 = 3.0
 *   employee-engagement      na 3 3 2 2       -> 10/4 = 2.5
 *   customer-understanding   2 3 2 2 2        -> 11/5 = 2.2
 *   experience-design        3 2 3 open 2     -> 10/4 = 2.5
 *   service-innovation       2 1 2 2 2        ->  9/5 = 1.8
 *   processes-structure      4 4 4 4 3        -> 19/5 = 3.8
 *   monitoring               3 4 na 3 2       -> 12/4 = 3.0
 * Overall: 25.4 / 9 = 2.82 -> 2.8.
 */
const EXPECTED_MEANS: Record<ElementId, number> = {
  'vision-mission-strategy': 3.0,
  'leadership-commitment': 3.6,
  'service-culture': 3.0,
  'employee-engagement': 2.5,
  'customer-understanding': 2.2,
  'experience-design': 2.5,
  'service-innovation': 1.8,
  'processes-structure': 3.8,
  monitoring: 3.0,
};

describe('demo texts', () => {
  it('nl and en have identical key sets, every value a non-empty string', () => {
    const en = leaves(readDemo('en'));
    const nl = leaves(readDemo('nl'));
    expect(nl.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [k, v] of [...en, ...nl]) {
      expect(typeof v === 'string' && v.trim() !== '', k).toBe(true);
    }
  });

  it('differ between the languages, except the owners’ names', () => {
    const nl = new Map(leaves(readDemo('nl')));
    const same = leaves(readDemo('en'))
      .filter(([k, v]) => nl.get(k) === v)
      .map(([k]) => k);
    expect(
      same.every((k) => /^actions\.a\d+\.owner$/.test(k)),
      same.join(', '),
    ).toBe(true);
  });
});

describe('addMonths', () => {
  it('adds months on the calendar and clamps the day', () => {
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => buildDemo(translator('en'), 'en', '15-03-2026')).toThrow(RangeError);
  });
});

describe.each(['nl', 'en'] as const)('buildDemo (%s)', (lng) => {
  const demo = buildDemo(translator(lng), lng, TODAY);
  const answers = demo.answers.p1 ?? {};

  it('is a valid, read-only, full assessment ready for the results', () => {
    const parsed = assessmentSchema.safeParse(demo);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(demo.id).toBe(`demo-${lng}`);
    expect(demo.readOnly).toBe(true);
    expect(demo.kind).toBe('full');
    expect(demo.lastStep).toBe('results');
    expect(demo.meta.language).toBe(lng);
    expect(demo.meta.date).toBe(TODAY);
    expect(demo.meta.title).toMatch(/ 2026$/);
    expect(demo.participants).toEqual([
      {
        id: 'p1',
        name: lng === 'nl' ? 'Managementteam' : 'Management team',
        code: 'M1',
        groupId: 'management',
      },
    ]);
  });

  it('answers 41 statements, marks two not applicable and leaves two open', () => {
    const all = ELEMENTS.flatMap((e) => statementIdsOf(1, e.id));
    expect(all).toHaveLength(45);
    const open = all.filter((s) => !(s in answers));
    const na = all.filter((s) => answers[s] === 'na');
    const scored = all.filter((s) => typeof answers[s] === 'number');
    expect(open).toEqual(['sc-3', 'ed-4']);
    expect(na).toEqual(['ee-1', 'mo-3']);
    expect(scored).toHaveLength(41);
    expect(Object.keys(answers).every((s) => all.includes(s))).toBe(true);
  });

  it('scores every element on at least half of its applicable statements', () => {
    for (const e of ELEMENTS) {
      const applicable = statementIdsOf(1, e.id).filter((s) => answers[s] !== 'na');
      const scored = applicable.filter((s) => typeof answers[s] === 'number');
      expect(scored.length * 2, e.id).toBeGreaterThanOrEqual(applicable.length);
    }
  });

  it('gives the hand-worked element means', () => {
    for (const e of ELEMENTS) {
      expect(rawMean(answers, statementIdsOf(1, e.id)), e.id).toBeCloseTo(EXPECTED_MEANS[e.id], 9);
    }
  });

  it('fills in notes, strengths, improvements, target and importance for every element', () => {
    for (const id of ELEMENT_IDS) {
      const input = demo.elements[id];
      expect(input, id).toBeDefined();
      expect(input?.notes.trim(), id).not.toBe('');
      expect(input?.strengths.trim(), id).not.toBe('');
      expect(input?.improvements.trim(), id).not.toBe('');
      expect(input?.target, id).toBeGreaterThanOrEqual(3);
      expect(input?.importance, id).toBeGreaterThanOrEqual(2);
      expect(input?.agreedScore, id).toBeNull();
    }
  });

  it('plans seven actions with owners, due after today, in every status', () => {
    expect(demo.actions).toHaveLength(7);
    expect(new Set(demo.actions.map((a) => a.id)).size).toBe(7);
    for (const a of demo.actions) {
      expect(a.owner.trim(), a.id).not.toBe('');
      expect(a.description.trim(), a.id).not.toBe('');
      expect(a.due, a.id).not.toBeNull();
      expect((a.due ?? '') > TODAY, a.id).toBe(true);
    }
    expect(new Set(demo.actions.map((a) => a.status))).toEqual(
      new Set(['open', 'in-progress', 'done']),
    );
    expect(new Set(demo.actions.map((a) => a.elementId)).size).toBeGreaterThanOrEqual(5);
  });
});

it('builds the same numbers in both languages', () => {
  const strip = (lng: Language) => {
    const d = buildDemo(translator(lng), lng, TODAY);
    return {
      answers: d.answers,
      targets: Object.fromEntries(
        ELEMENT_IDS.map((id) => [id, [d.elements[id]?.target, d.elements[id]?.importance]]),
      ),
      actions: d.actions.map((a) => [a.id, a.elementId, a.due, a.status, a.priority]),
    };
  };
  expect(strip('nl')).toEqual(strip('en'));
});
