import fc from 'fast-check';
import { deleteDB, openDB } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAssessment, withAnswer } from '../../src/model/edits';
import { serializeAssessment } from '../../src/model/restore';
import type { Assessment } from '../../src/model/schema';
import {
  addAssessment,
  flushSaves,
  loadAssessments,
  useAssessments,
} from '../../src/state/assessments';
import { openFiles } from '../../src/state/open-files';

function sample(id: string): Assessment {
  const a = newAssessment({
    id,
    kind: 'full',
    meta: {
      title: `Meting ${id}`,
      titleIsDefault: false,
      organisation: 'Org',
      scope: '',
      assessor: '',
      date: '2026-12-01',
      language: 'nl',
      customerWord: 'customer',
    },
    participantId: 'p1',
    now: '2026-12-01T10:00:00.000Z',
  });
  return withAnswer(a, 'p1', 'mo-1', 4);
}

const stored = [sample('a1'), sample('a2')];
/** Every stored record and summary, as text. */
async function snapshot(): Promise<string> {
  const db = await openDB('se-radar');
  const all = await Promise.all(
    ['assessments', 'responses', 'summaries'].map((store) => db.getAll(store)),
  );
  db.close();
  return JSON.stringify(all);
}

/** A stored assessment's file with one field (at any depth of its data) replaced by random JSON. */
const mutated = fc
  .tuple(
    fc.constantFrom(...stored),
    fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
    fc.jsonValue(),
  )
  .map(([a, path, value]) => {
    const file = JSON.parse(serializeAssessment(a)) as { data: Record<string, unknown> };
    let at: Record<string, unknown> = file.data;
    const keys = ['meta', ...path];
    for (const k of keys.slice(0, -1)) {
      const next = at[k];
      if (typeof next !== 'object' || next === null) break;
      at = next as Record<string, unknown>;
    }
    at[keys[keys.length - 1] ?? 'title'] = value;
    return JSON.stringify(file);
  });

const garbage = fc.oneof(
  fc.string(),
  fc.json(),
  mutated,
  fc
    .array(
      fc.oneof(
        fc.jsonValue(),
        mutated.map((t) => JSON.parse(t) as unknown),
      ),
      { maxLength: 4 },
    )
    .map((entries) => JSON.stringify({ app: 'se-radar', kind: 'backup', assessments: entries })),
);

beforeAll(async () => {
  await deleteDB('se-radar');
  await loadAssessments();
  for (const a of stored) addAssessment(a);
  await flushSaves();
});

describe('opening random files', () => {
  it('never changes a stored record when the user keeps what is stored', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.array(garbage, { minLength: 1, maxLength: 3 }), async (texts) => {
        await openFiles(
          texts.map((text, i) => ({
            name: `f${i}.json`,
            size: text.length,
            text: async () => text,
          })),
          async () => 'cancel',
          (title) => `${title} (copy)`,
        );
        await flushSaves();
        const [assessments, responses] = JSON.parse(await snapshot()) as [
          { id: string }[],
          { id: string }[],
        ];
        const [a0, r0] = JSON.parse(before) as [{ id: string }[], { id: string }[]];
        // What was there is there unchanged (revision and text); a valid new file may only add.
        for (const r of a0) expect(assessments.find((x) => x.id === r.id)).toEqual(r);
        for (const r of r0) expect(responses.find((x) => x.id === r.id)).toEqual(r);
        for (const a of stored) expect(useAssessments.getState().byId[a.id]).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });
});
