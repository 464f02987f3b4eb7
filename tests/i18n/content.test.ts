import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  ELEMENTS,
  LEVEL_MOVES,
  LEVELS,
  STEPS_PER_MOVE,
  frameworkKeys,
  statementIdsOf,
} from '../../src/model/framework';
import { readLocale } from '../support/i18n';

const framework = { en: readLocale('en', 'framework'), nl: readLocale('nl', 'framework') };

function lookup(obj: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], obj);
}

/** Every key the model can ask for, built from the framework definition. */
const keys: string[] = [
  ...DIMENSIONS.map((d) => frameworkKeys.dimensionName(d.id)),
  ...LEVELS.flatMap((l) => [frameworkKeys.levelName(l), frameworkKeys.levelDescriptor(l)]),
  ...ELEMENTS.flatMap((e) => [
    frameworkKeys.elementName(e.id),
    frameworkKeys.elementShortName(e.id),
    frameworkKeys.elementAbout(e.id),
    frameworkKeys.elementExcellent(e.id),
    frameworkKeys.quickQuestion(e.id),
    ...statementIdsOf(1, e.id).map((s) => frameworkKeys.statement(e.id, s)),
    ...LEVELS.map((l) => frameworkKeys.quickDescriptor(e.id, l)),
    ...LEVEL_MOVES.flatMap((m) =>
      Array.from({ length: STEPS_PER_MOVE }, (_, i) => frameworkKeys.nextStep(e.id, m, i + 1)),
    ),
  ]),
];

// Words that are the same in both languages by design.
const SAME_IN_BOTH = new Set(['Ad hoc', 'Excellent']);

describe('framework content', () => {
  it('has 40 to 50 statements, 4 to 6 per element', () => {
    const total = ELEMENTS.reduce((n, e) => n + statementIdsOf(1, e.id).length, 0);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(total).toBeLessThanOrEqual(50);
    for (const e of ELEMENTS) {
      expect(statementIdsOf(1, e.id).length).toBeGreaterThanOrEqual(4);
      expect(statementIdsOf(1, e.id).length).toBeLessThanOrEqual(6);
    }
  });

  it('has 2 to 3 next steps per level move', () => {
    expect(STEPS_PER_MOVE).toBeGreaterThanOrEqual(2);
    expect(STEPS_PER_MOVE).toBeLessThanOrEqual(3);
    for (const lng of ['en', 'nl'] as const) {
      for (const e of ELEMENTS) {
        for (const m of LEVEL_MOVES) {
          const steps = lookup(framework[lng], `elements.${e.id}.steps.${m}`) as Record<
            string,
            string
          >;
          expect(Object.keys(steps), `${lng} ${e.id} ${m}`).toHaveLength(STEPS_PER_MOVE);
        }
      }
    }
  });

  it('has no statement in the files that the model does not know', () => {
    for (const lng of ['en', 'nl'] as const) {
      for (const e of ELEMENTS) {
        const inFile = Object.keys(lookup(framework[lng], `elements.${e.id}.statements`) as object);
        expect(inFile.sort(), `${lng} ${e.id}`).toEqual([...statementIdsOf(1, e.id)].sort());
      }
    }
  });

  it('defines every framework text in both languages, non-empty', () => {
    expect(keys.length).toBe(4 + 10 + 9 * (5 + 5 + 5 + 12));
    for (const lng of ['en', 'nl'] as const) {
      const missing = keys.filter((k) => {
        const v = lookup(framework[lng], k);
        return typeof v !== 'string' || v.trim().length === 0;
      });
      expect(missing, `${lng}: missing or empty`).toEqual([]);
    }
  });

  it('has no Dutch text that is just the English text', () => {
    const same = keys.filter((k) => {
      const en = lookup(framework.en, k);
      return en === lookup(framework.nl, k) && !SAME_IN_BOTH.has(String(en));
    });
    expect(same).toEqual([]);
  });

  it('writes statements as one observable practice: no always/all/every, no negations', () => {
    const banned = {
      en: /\b(always|never|all|every|not|no)\b/i,
      nl: /\b(altijd|nooit|alle|elke|niet|geen)\b/i,
    };
    for (const lng of ['en', 'nl'] as const) {
      for (const e of ELEMENTS) {
        for (const s of statementIdsOf(1, e.id)) {
          const text = String(lookup(framework[lng], frameworkKeys.statement(e.id, s)));
          expect(text, `${lng} ${s}`).not.toMatch(banned[lng]);
        }
      }
    }
  });
});
