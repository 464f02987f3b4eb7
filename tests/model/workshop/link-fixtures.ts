/** Shared pieces for the link codec tests: editions, a secret, and fast-check arbitraries. */
import fc from 'fast-check';
import {
  editionStatementIds,
  ELEMENT_IDS,
  type ElementId,
  type Level,
} from '../../../src/model/framework';
import type { LinkResponse } from '../../../src/model/workshop/links/response';
import type { WorkshopAnswer } from '../../../src/model/workshop/types';

/** Edition 1 is the first 45 statements; "edition 2" here is a made-up list of 50. */
const EDITION_1 = editionStatementIds(1);
export const EDITION_2 = Array.from({ length: 50 }, (_, i) => `x${i + 1}`);
export const statementsOf = (edition: number) =>
  edition === 1 ? EDITION_1 : edition === 2 ? EDITION_2 : undefined;

/** 16 bytes 0x01..0x10, as base64url (Node's own encoder, not the code under test). */
export const SECRET = Buffer.from(Array.from({ length: 16 }, (_, i) => i + 1)).toString(
  'base64url',
);
export const OTHER_SECRET = Buffer.alloc(16, 7).toString('base64url');
export const WORKSHOP = 'Xq3_b9LmA0-zT2kR';
export const check = { workshopId: WORKSHOP, secret: SECRET, statementsOf };

const answer = fc.constantFrom<WorkshopAnswer | undefined>(undefined, 1, 2, 3, 4, 5, 'na', 'dk');
const level = fc.constantFrom<Level | undefined>(undefined, 1, 2, 3, 4, 5);
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });

/** A random response of edition 1 or 2, quick or full, with or without comments. */
export const responseArb: fc.Arbitrary<LinkResponse> = fc
  .record({
    edition: fc.constantFrom(1, 2),
    full: fc.boolean(),
    code: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    answers: fc.array(answer, { minLength: 50, maxLength: 50 }),
    quick: fc.array(level, { minLength: 9, maxLength: 9 }),
    comments: fc.array(fc.tuple(fc.nat(58), text), { maxLength: 4 }),
  })
  .map(({ edition, full, code, answers, quick, comments }) => {
    const statements = statementsOf(edition)!;
    const targets = [...ELEMENT_IDS, ...statements];
    return {
      workshopId: WORKSHOP,
      code,
      edition,
      questionnaire: full ? 'full' : 'quick',
      answers: full ? defined(statements.map((id, i) => [id, answers[i]])) : {},
      quickAnswers: full ? {} : defined(ELEMENT_IDS.map((id, i) => [id, quick[i]])),
      comments: Object.fromEntries(
        comments.map(([t, c]) => [targets[t % targets.length]!, c] as const),
      ),
    } as LinkResponse;
  });

function defined<K extends string, V>(pairs: readonly (readonly [K, V | undefined])[]) {
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<K, V>;
}

/** A full response to all 50 statements of edition 2 (level i mod 5 + 1), no comments. */
export function full50(): LinkResponse {
  return {
    workshopId: WORKSHOP,
    code: 'E12',
    edition: 2,
    questionnaire: 'full',
    answers: Object.fromEntries(EDITION_2.map((id, i) => [id, ((i % 5) + 1) as Level])),
    quickAnswers: {},
    comments: {},
  };
}

export type { ElementId };
