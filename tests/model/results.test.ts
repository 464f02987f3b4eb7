import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_IDS, ELEMENT_IDS } from '../../src/model/framework';
import { computeResults } from '../../src/model/results';
import type { Answer } from '../../src/model/schema';
import { answersOf, elementInputs, makeAssessment, participants } from './scoring-fixtures';

describe('computeResults, quick check', () => {
  const a = makeAssessment({
    kind: 'quick',
    participants: participants(2),
    quickAnswers: {
      p1: { 'service-culture': 4, monitoring: 1 },
      p2: { 'service-culture': 5, monitoring: 3 },
    },
  });
  const r = computeResults(a);

  it('averages the chosen levels, never flagged', () => {
    // service-culture (4 + 5) / 2 = 4.5 -> level 5; monitoring (1 + 3) / 2 = 2, range 2 -> disagreement
    expect(r.byElement['service-culture']).toMatchObject({
      effective: { value: 4.5, display: 4.5, level: 5, index: 88 },
      insufficient: false,
    });
    expect(r.byElement.monitoring).toMatchObject({
      effective: { value: 2, level: 2 },
      disagreement: true,
    });
    expect(r.byElement.monitoring.team.teamSource).toBe('quick');
    expect(r.participants[0]!.quickAnswered).toBe(2);
    // overall (4.5 + 2) / 2 = 3.25 -> shown 3.3 Systematic, index (3.3 - 1) * 25 = 57.5 -> 58
    expect(r.overall).toMatchObject({
      score: { value: 3.25, display: 3.3, level: 3, index: 58 },
      incomplete: true,
    });
  });
});

describe('computeResults, flags and conversion', () => {
  it('lists insufficient elements and uses the quick level while statements are few', () => {
    const a = makeAssessment({
      answers: { p1: answersOf({ 'service-culture': [5], monitoring: [2] }) },
      quickAnswers: { p1: { 'service-culture': 3 } },
    });
    const r = computeResults(a);
    // service-culture: 1 of 5 scored, quick level 3 stands in; monitoring: 1 of 5, flagged 2
    expect(r.byElement['service-culture']).toMatchObject({
      effective: { value: 3 },
      insufficient: false,
    });
    expect(r.byElement['service-culture'].team.teamSource).toBe('quick');
    expect(r.byElement.monitoring).toMatchObject({
      effective: { value: 2 },
      insufficient: true,
      teamInsufficient: true,
    });
    expect(r.flags.insufficient).toEqual(['monitoring']);
  });

  it('reports targets and importance, with gap 0 for elements at target', () => {
    const a = makeAssessment({
      answers: { p1: answersOf({ monitoring: [5, 5, 5, 5, 5] }) },
      elements: elementInputs({ monitoring: { target: 5, importance: 1 } }),
    });
    expect(computeResults(a).byElement.monitoring).toMatchObject({
      target: 5,
      importance: 1,
      gap: 0,
      priority: 0,
    });
    expect(computeResults(a).byElement['service-culture']).toMatchObject({
      gap: null,
      priority: null,
      nextStep: null,
    });
  });
});

const arbAnswer = fc.option(fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na'), { nil: undefined });
const arbAnswers = fc.array(fc.tuple(...ALL_STATEMENT_IDS.map(() => arbAnswer)), {
  minLength: 1,
  maxLength: 6,
});

describe('properties', () => {
  it('any answers give scores within [1, 5] and indexes within [0, 100]', () => {
    fc.assert(
      fc.property(
        arbAnswers,
        fc.constantFrom<'quick' | 'full'>('quick', 'full'),
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
          minLength: 9,
          maxLength: 9,
        }),
        (rows, kind, quick) => {
          const a = makeAssessment({
            kind,
            participants: participants(rows.length),
            answers: Object.fromEntries(
              rows.map((row, p) => [
                `p${p + 1}`,
                Object.fromEntries(
                  ALL_STATEMENT_IDS.flatMap((id, i) =>
                    row[i] === undefined ? [] : [[id, row[i]]],
                  ),
                ),
              ]),
            ),
            quickAnswers: {
              p1: Object.fromEntries(
                ELEMENT_IDS.flatMap((id, i) => (quick[i] === undefined ? [] : [[id, quick[i]]])),
              ),
            },
          });
          const r = computeResults(a);
          const values = [
            ...r.elements.flatMap((e) => [e.effective, e.teamScore]),
            ...r.participants.flatMap((p) => ELEMENT_IDS.map((id) => p.elements[id].scoreValue)),
            ...r.dimensions.map((d) => d.score),
            r.overall.score,
          ];
          for (const v of values) {
            if (v === null) continue;
            expect(v.value).toBeGreaterThanOrEqual(1);
            expect(v.value).toBeLessThanOrEqual(5);
            expect(v.display).toBeGreaterThanOrEqual(1);
            expect(v.display).toBeLessThanOrEqual(5);
            expect(v.index).toBeGreaterThanOrEqual(0);
            expect(v.index).toBeLessThanOrEqual(100);
            expect(Number.isInteger(v.index)).toBe(true);
          }
          for (const e of r.elements) {
            if (e.spread) expect(e.spread.sd).toBeLessThanOrEqual(2);
            if (e.priority !== null) expect(e.priority).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('performance', () => {
  it('computes a full assessment with 20 participants well under 5 ms', () => {
    const levels: Answer[] = [1, 2, 3, 4, 5, 'na'];
    const a = makeAssessment({
      participants: participants(20),
      answers: Object.fromEntries(
        Array.from({ length: 20 }, (_, p) => [
          `p${p + 1}`,
          Object.fromEntries(
            ALL_STATEMENT_IDS.map((id, i) => [id, levels[(p * 7 + i * 3) % levels.length]!]),
          ),
        ]),
      ),
    });
    for (let i = 0; i < 20; i++) computeResults(a); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      computeResults(a);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(5);
  });
});
