import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ELEMENT_IDS } from '../../src/model/framework';
import { newAssessment, withAnswer, withQuickAnswer } from '../../src/model/edits';
import { splitAssessment } from '../../src/model/records';
import type { Assessment } from '../../src/model/schema';
import { SCORING_VERSION } from '../../src/model/summary';

import type * as StoreModule from '../../src/state/assessments';

type Store = typeof StoreModule;

/** A fresh start of the app (its own module state), without loading the record engine itself. */
async function start(): Promise<{ store: Store; engineLoaded: () => boolean }> {
  vi.resetModules();
  const store = await import('../../src/state/assessments');
  const { loadedEngine } = await import('../../src/state/engine');
  await store.loadAssessments();
  return { store, engineLoaded: () => loadedEngine() !== null };
}

/** A quick check with levels 4,4,4,3,3,3,3,3,4: 31 / 9 = 3.44, shown 3.4; 9 of 9 answered. */
function scored(id = 'q1'): Assessment {
  const levels = [4, 4, 4, 3, 3, 3, 3, 3, 4] as const;
  let a = newAssessment({
    id,
    kind: 'quick',
    meta: {
      title: 'Jaarmeting',
      organisation: 'Woonstad',
      scope: '',
      assessor: '',
      date: '2026-11-25',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participantId: 'p1',
    now: '2026-11-25T10:00:00.000Z',
  });
  ELEMENT_IDS.forEach((e, i) => {
    a = withQuickAnswer(a, 'p1', e, levels[i] ?? 3);
  });
  return a;
}

/** The rows of the summaries store, read past the app. */
async function rows(): Promise<{ id: string; version: number; summary?: { title: string } }[]> {
  const db = await openDB('se-radar');
  const all = (await db.getAll('summaries')) as {
    id: string;
    version: number;
    summary?: { title: string };
  }[];
  db.close();
  return all;
}

/** Writes the records of `a` into a database of version 1 (before the summaries store). */
async function seedVersion1(a: Assessment) {
  const db = await openDB('se-radar', 1, {
    upgrade(d) {
      d.createObjectStore('assessments', { keyPath: 'id' });
      d.createObjectStore('responses', { keyPath: 'id' }).createIndex(
        'byAssessment',
        'assessmentId',
      );
      d.createObjectStore('settings', { keyPath: 'key' });
    },
  });
  const { assessment, responses } = splitAssessment(a);
  const rev = { n: 1, writer: 'old' };
  await db.put('assessments', {
    id: a.id,
    rev,
    deleted: false,
    body: JSON.stringify(assessment),
  });
  for (const r of responses)
    await db.put('responses', {
      id: r.id,
      assessmentId: a.id,
      rev,
      deleted: false,
      body: JSON.stringify(r),
    });
  db.close();
}

beforeEach(async () => {
  await deleteDB('se-radar');
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('the summaries store', () => {
  it('a start lists every assessment from its summary, without reading or checking one', async () => {
    const first = await start();
    await (await import('../../src/state/engine')).loadEngine();
    first.store.addAssessment(scored());
    await first.store.flushSaves();

    const next = await start();
    const line = next.store.useAssessments.getState().summaries.q1;
    expect(line?.title).toBe('Jaarmeting');
    expect(line?.overall).toBe(3.4);
    expect(line?.progress).toEqual({ answered: 9, total: 9 });
    // Nothing was restored: no assessment in memory, and restore (zod, migrations) never loaded.
    expect(next.store.useAssessments.getState().byId).toEqual({});
    expect(next.engineLoaded()).toBe(false);
    // Opening it reads it whole.
    expect(await next.store.openAssessment('q1')).toBe('ok');
    expect(next.store.useAssessments.getState().byId.q1?.meta.organisation).toBe('Woonstad');
  });

  it('is rewritten in the same transaction as each write, and not at all when the write fails', async () => {
    const { store } = await start();
    await (await import('../../src/state/engine')).loadEngine();
    store.addAssessment({ ...scored(), kind: 'full' });
    await store.flushSaves();
    store.updateAssessment('q1', (a) => withAnswer(a, 'p1', 'vms-1', 4));
    await store.flushSaves();
    // A full questionnaire: 1 of its statements answered, so "1 of …" with one statement scored.
    const after = (await start()).store.useAssessments.getState().summaries.q1;
    expect(after?.progress.answered).toBe(1);

    const { store: again } = await start();
    await again.openAssessment('q1');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    again.updateAssessment('q1', (a) => withAnswer(a, 'p1', 'vms-2', 2));
    await again.flushSaves();
    vi.restoreAllMocks();
    expect((await start()).store.useAssessments.getState().summaries.q1?.progress.answered).toBe(1);
  });

  it('a summary of another scoring version is rebuilt from the records at start-up', async () => {
    const first = await start();
    await (await import('../../src/state/engine')).loadEngine();
    first.store.addAssessment(scored());
    await first.store.flushSaves();
    const db = await openDB('se-radar');
    await db.put('summaries', {
      id: 'q1',
      version: SCORING_VERSION - 1,
      summary: { id: 'q1', title: 'Stale' },
    });
    db.close();

    const next = await start();
    expect(next.store.useAssessments.getState().summaries.q1?.title).toBe('Jaarmeting');
    expect(next.store.useAssessments.getState().summaries.q1?.overall).toBe(3.4);
    expect(await rows()).toEqual([expect.objectContaining({ id: 'q1', version: SCORING_VERSION })]);
    // Rebuilt once: the start after it reads the summary only.
    expect((await start()).engineLoaded()).toBe(false);
  });

  it('the upgrade from database version 1 summarizes every stored assessment', async () => {
    await seedVersion1(scored('old-1'));
    const next = await start();
    expect(next.store.useAssessments.getState().summaries['old-1']?.overall).toBe(3.4);
    const db = await openDB('se-radar');
    expect(db.version).toBe(2);
    db.close();
    expect((await rows()).map((r) => [r.id, r.summary?.title])).toEqual([['old-1', 'Jaarmeting']]);
    const later = await start();
    expect(later.engineLoaded()).toBe(false);
    expect(Object.keys(later.store.useAssessments.getState().summaries)).toEqual(['old-1']);
  });

  it('a deleted assessment leaves no line, and costs no read at the next start', async () => {
    const first = await start();
    await (await import('../../src/state/engine')).loadEngine();
    first.store.addAssessment(scored('gone'));
    first.store.addAssessment(scored('kept'));
    await first.store.flushSaves();
    await first.store.removeAssessment('gone');
    const next = await start();
    expect(Object.keys(next.store.useAssessments.getState().summaries)).toEqual(['kept']);
    expect(next.engineLoaded()).toBe(false);
  });
});
