import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAssessment, withAnswer, withElementInput } from '../../src/model/edits';
import type { Assessment } from '../../src/model/schema';
import v1Text from '../fixtures/assessment-v1-full.json?raw';

import type * as StoreModule from '../../src/state/assessments';

type Store = typeof StoreModule;

/**
 * A "tab": a fresh copy of the store module (its own writer id, database connection and state),
 * sharing the one (fake) IndexedDB and BroadcastChannel of this process with the other tabs.
 */
async function tab(): Promise<Store> {
  vi.resetModules();
  const store = await import('../../src/state/assessments');
  // A tab with an assessment's screen open has the record engine loaded (src/app/lazy-pages.ts).
  await (await import('../../src/state/engine')).loadEngine();
  store.installSaveOnHide();
  await store.loadAssessments();
  // The library holds summaries; a tab working on an assessment has it read whole.
  await store.openAssessments(Object.keys(store.useAssessments.getState().summaries));
  return store;
}

function sample(id = 'a1'): Assessment {
  return newAssessment({
    id,
    kind: 'full',
    meta: {
      title: 'T',
      organisation: 'O',
      scope: '',
      assessor: 'Zoë',
      date: '2026-11-25',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participantId: 'p1',
    now: '2026-11-25T10:00:00.000Z',
  });
}

const answerOf = (s: Store, id: string, statement: string) =>
  s.useAssessments.getState().byId[id]?.answers.p1?.[statement];

async function wipe() {
  await deleteDB('se-radar');
  await deleteDB('se-radar-assessments');
  await deleteDB('se-radar-settings');
  localStorage.clear();
}

const opened: Store[] = [];
async function openTab() {
  const s = await tab();
  opened.push(s);
  return s;
}

beforeEach(wipe);
afterEach(async () => {
  for (const s of opened.splice(0)) await s.flushSaves();
  vi.restoreAllMocks();
});

describe('one tab', () => {
  it('commits an edit, and a new start reads it back', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    expect(a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-1', 4))).toBe(true);
    await a.flushSaves();
    expect(a.useAssessments.getState().saveState).toBe('saved');
    const again = await openTab();
    expect(answerOf(again, 'a1', 'vms-1')).toBe(4);
  });

  it('keeps "don\'t know" as an answer through the records', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-2', 'dk'));
    await a.flushSaves();
    expect(answerOf(await openTab(), 'a1', 'vms-2')).toBe('dk');
  });

  it('refuses an edit that would make the assessment invalid and keeps the previous state', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-1', 3));
    const before = a.useAssessments.getState().byId.a1;
    const ok = a.updateAssessment('a1', (x) =>
      withElementInput(x, 'monitoring', { target: 9 as never }),
    );
    expect(ok).toBe(false);
    expect(a.useAssessments.getState().byId.a1).toBe(before);
    expect(a.useAssessments.getState().problem?.key).toBe('errors.outOfRange');
  });

  it('refuses every edit of a read-only assessment (the demo)', async () => {
    const a = await openTab();
    a.addAssessment({ ...sample('demo-en'), readOnly: true });
    expect(a.updateAssessment('demo-en', (x) => withAnswer(x, 'p1', 'vms-1', 5))).toBe(false);
    expect(a.useAssessments.getState().byId['demo-en']?.answers).toEqual({});
  });

  it('keeps the change on screen and pending when the browser refuses to store, and saves it later', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    await a.flushSaves();
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-2', 2));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await a.flushSaves();
    expect(a.useAssessments.getState().problem?.key).toBe('storage.quotaExceeded');
    expect(answerOf(a, 'a1', 'vms-2')).toBe(2);
    put.mockRestore();
    // Space is freed: the next flush writes what was pending.
    await a.flushSaves();
    expect(answerOf(await openTab(), 'a1', 'vms-2')).toBe(2);
  });

  it('moving between elements writes nothing (UI position is not part of the assessment)', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    await a.flushSaves();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(a.updateAssessment('a1', (x) => x)).toBe(true);
    await a.flushSaves();
    expect(put).not.toHaveBeenCalled();
  });
});

describe('faults at start-up', () => {
  async function putRaw(id: string, body: string) {
    const db = await openDB('se-radar', 2, {
      upgrade(d, old) {
        if (old < 1) {
          d.createObjectStore('assessments', { keyPath: 'id' });
          d.createObjectStore('responses', { keyPath: 'id' }).createIndex(
            'byAssessment',
            'assessmentId',
          );
          d.createObjectStore('settings', { keyPath: 'key' });
        }
        if (old < 2) d.createObjectStore('summaries', { keyPath: 'id' });
      },
    });
    await db.put('assessments', { id, rev: { n: 1, writer: 'x' }, deleted: false, body });
    db.close();
  }

  it('lists an unreadable record, shows the others, and never overwrites it with a new one of that id', async () => {
    await putRaw('bad', '{"schemaVersion": 2, "id": "bad"');
    const a = await openTab();
    a.addAssessment(sample('good'));
    await a.flushSaves();
    const b = await openTab();
    expect(Object.keys(b.useAssessments.getState().byId)).toEqual(['good']);
    expect(b.useAssessments.getState().unreadable.map((u) => [u.key, u.error.key])).toEqual([
      ['bad', 'errors.invalidJson'],
    ]);
    // A file with the same id, opened without choosing "replace": refused, the record stays.
    b.addAssessment(sample('bad'));
    await b.flushSaves();
    expect(b.useAssessments.getState().problem?.key).toBe('storage.conflictUnreadable');
    const c = await openTab();
    expect(c.useAssessments.getState().unreadable.map((u) => u.text)).toEqual([
      '{"schemaVersion": 2, "id": "bad"',
    ]);
  });

  it('replaces an unreadable record only when the user chose "replace"', async () => {
    await putRaw('bad', 'not json');
    const a = await openTab();
    a.addAssessment(sample('bad'), { replace: true });
    await a.flushSaves();
    const b = await openTab();
    expect(Object.keys(b.useAssessments.getState().byId)).toEqual(['bad']);
    expect(b.useAssessments.getState().unreadable).toEqual([]);
  });
});

describe('the upgrade from schema 1', () => {
  async function seedLegacy() {
    const old = await openDB('se-radar-assessments', 1, {
      upgrade: (d) => void d.createObjectStore('assessments'),
    });
    await old.put('assessments', v1Text, 'a-v1');
    await old.put('assessments', '{"schemaVersion": 1, "id": "broken"', 'broken');
    await old.put('assessments', { big: 10n }, 'bigint');
    old.close();
    const settings = await openDB('se-radar-settings', 1, {
      upgrade: (d) => void d.createObjectStore('settings'),
    });
    await settings.put('settings', '{"schemaVersion":1,"consultantName":"S"}', 'branding');
    settings.close();
  }

  it('moves every record: the readable one restored, the others listed as unreadable; branding kept; old databases removed', async () => {
    await seedLegacy();
    const a = await openTab();
    const state = a.useAssessments.getState();
    const fixtureId = (JSON.parse(v1Text) as { id: string }).id;
    expect(Object.keys(state.byId)).toEqual([fixtureId]);
    // From the fixture: Marieke answered vms-1 with 3; she is now M1 in the management group.
    expect(state.byId[fixtureId]?.answers['p-marieke']?.['vms-1']).toBe(3);
    expect(state.byId[fixtureId]?.participants[0]?.code).toBe('M1');
    expect(state.unreadable.map((u) => u.key).sort()).toEqual(['bigint', 'broken']);
    const { readSetting } = await import('../../src/state/storage');
    expect(await readSetting('branding')).toBe('{"schemaVersion":1,"consultantName":"S"}');
    const names = (await indexedDB.databases()).map((d) => d.name).sort();
    expect(names).toEqual(['se-radar']);
  });
});

describe('two tabs on one assessment', () => {
  it('edits to different statements both survive', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    await a.flushSaves();
    const b = await openTab();
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-1', 4));
    b.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-2', 2));
    await a.flushSaves();
    await b.flushSaves();
    const c = await openTab();
    expect(answerOf(c, 'a1', 'vms-1')).toBe(4);
    expect(answerOf(c, 'a1', 'vms-2')).toBe(2);
    // And tab A shows B's answer without a reload.
    await vi.waitFor(() => expect(answerOf(a, 'a1', 'vms-2')).toBe(2));
  });

  it('the same field: the later commit wins, and the other tab says so', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    await a.flushSaves();
    const b = await openTab();
    a.updateAssessment('a1', (x) => withElementInput(x, 'monitoring', { notes: 'from A' }));
    b.updateAssessment('a1', (x) => withElementInput(x, 'monitoring', { notes: 'from B' }));
    await a.flushSaves();
    await b.flushSaves();
    const c = await openTab();
    expect(c.useAssessments.getState().byId.a1?.elements.monitoring.notes).toBe('from B');
    await vi.waitFor(() =>
      expect(a.useAssessments.getState().byId.a1?.elements.monitoring.notes).toBe('from B'),
    );
    expect(a.useAssessments.getState().problem?.key).toBe('sync.overwritten');
  });

  it('a delete wins over a stale tab’s edit, and the stale tab says the assessment was removed', async () => {
    const a = await openTab();
    a.addAssessment(sample());
    await a.flushSaves();
    const b = await openTab();
    b.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-3', 5));
    await a.removeAssessment('a1');
    await b.flushSaves();
    expect(b.useAssessments.getState().byId.a1).toBeUndefined();
    expect(b.useAssessments.getState().problem?.key).toBe('sync.removedElsewhere');
    expect((await openTab()).useAssessments.getState().byId.a1).toBeUndefined();
  });

  it('a new assessment in one tab appears in the other', async () => {
    const a = await openTab();
    const b = await openTab();
    a.addAssessment(sample('fresh'));
    await a.flushSaves();
    // The other tab's library lists it from the summary written with its records.
    await vi.waitFor(() => expect(b.useAssessments.getState().summaries.fresh?.title).toBe('T'));
  });

  it('undo of a delete brings the assessment back', async () => {
    const a = await openTab();
    const original = sample();
    a.addAssessment(original);
    await a.flushSaves();
    await a.removeAssessment('a1');
    a.addAssessment(original);
    await a.flushSaves();
    expect((await openTab()).useAssessments.getState().byId.a1?.id).toBe('a1');
  });
});

describe('closing a tab right after an answer', () => {
  it('the rescue copy is merged by revision, even when the file’s clock runs ahead', async () => {
    const a = await openTab();
    // updatedAt far in the future, as on a colleague's device with a wrong clock.
    a.addAssessment({ ...sample(), updatedAt: '2099-01-01T00:00:00.000Z' });
    await a.flushSaves();
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-4', 3));
    // pagehide copies the pending edit synchronously; the database write never finishes.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('closing', 'AbortError');
    });
    window.dispatchEvent(new Event('pagehide'));
    await a.flushSaves();
    put.mockRestore();
    const b = await openTab();
    expect(answerOf(b, 'a1', 'vms-4')).toBe(3);
    await b.flushSaves();
    expect(answerOf(await openTab(), 'a1', 'vms-4')).toBe(3);
  });
});

describe('remove all my data', () => {
  it('waits for a save under way, removes only SE Radar’s keys, and nothing comes back', async () => {
    localStorage.setItem('other-app.token', 'keep me');
    localStorage.setItem('se-radar.language', 'nl');
    const a = await openTab();
    a.addAssessment(sample());
    a.updateAssessment('a1', (x) => withAnswer(x, 'p1', 'vms-1', 4));
    const saving = a.flushSaves();
    await a.removeEverything();
    await saving;
    await a.flushSaves();
    expect(localStorage.getItem('other-app.token')).toBe('keep me');
    expect(localStorage.getItem('se-radar.language')).toBeNull();
    expect(Object.keys((await openTab()).useAssessments.getState().byId)).toEqual([]);
  });
});

describe('first visit', () => {
  it('reads an empty database without loading the record engine (restore, zod)', async () => {
    vi.resetModules();
    const store = await import('../../src/state/assessments');
    await store.loadAssessments();
    const { loadedEngine } = await import('../../src/state/engine');
    expect(store.useAssessments.getState().status).toBe('ready');
    expect(store.useAssessments.getState().byId).toEqual({});
    expect(loadedEngine()).toBeNull();
  });
});
