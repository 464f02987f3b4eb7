import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newAssessment, withAnswer, withElementInput } from '../../src/model/edits';
import { restoreAssessment } from '../../src/model/restore';

const written = new Map<string, string>();
let failNextWrite: Error | null = null;

vi.mock('../../src/state/storage', () => ({
  readAllAssessments: vi.fn(async () => [...written].map(([key, text]) => ({ key, text }))),
  writeAssessment: vi.fn(async (id: string, text: string) => {
    if (failNextWrite) {
      const e = failNextWrite;
      failNextWrite = null;
      throw e;
    }
    written.set(id, text);
  }),
  deleteAssessment: vi.fn(async (id: string) => void written.delete(id)),
  clearEverything: vi.fn(async () => written.clear()),
  isQuotaError: (e: unknown) => (e as Error).name === 'QuotaExceededError',
}));

const store = await import('../../src/state/assessments');

function sample(id = 'a1') {
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

beforeEach(() => {
  written.clear();
  failNextWrite = null;
  store.useAssessments.setState({
    status: 'ready',
    byId: {},
    unreadable: [],
    saveState: 'idle',
    problem: null,
  });
});

describe('assessments store', () => {
  it('writes an edit to storage within the save delay, as restorable JSON', async () => {
    store.addAssessment(sample());
    expect(store.updateAssessment('a1', (a) => withAnswer(a, 'p1', 'vms-1', 4))).toBe(true);
    await store.flushSaves();
    const restored = restoreAssessment(written.get('a1'));
    expect(restored.ok && restored.value.answers.p1?.['vms-1']).toBe(4);
    expect(store.useAssessments.getState().saveState).toBe('saved');
  });

  it('refuses an edit that would make the assessment invalid and keeps the previous state', async () => {
    store.addAssessment(sample());
    store.updateAssessment('a1', (a) => withAnswer(a, 'p1', 'vms-1', 3));
    const before = store.useAssessments.getState().byId.a1;
    const ok = store.updateAssessment('a1', (a) =>
      withElementInput(a, 'monitoring', { target: 9 as never }),
    );
    expect(ok).toBe(false);
    expect(store.useAssessments.getState().byId.a1).toBe(before);
    expect(store.useAssessments.getState().problem?.key).toBe('errors.outOfRange');
  });

  it('refuses every edit of a read-only assessment (the demo)', () => {
    store.addAssessment({ ...sample('demo-en'), readOnly: true });
    expect(store.updateAssessment('demo-en', (a) => withAnswer(a, 'p1', 'vms-1', 5))).toBe(false);
    expect(store.useAssessments.getState().byId['demo-en']?.answers).toEqual({});
  });

  it('keeps the change on screen and pending when the browser refuses to store, and saves it later', async () => {
    store.addAssessment(sample());
    await store.flushSaves();
    store.updateAssessment('a1', (a) => withAnswer(a, 'p1', 'vms-2', 2));
    failNextWrite = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await store.flushSaves();
    expect(store.useAssessments.getState().problem?.key).toBe('storage.quotaExceeded');
    expect(store.useAssessments.getState().byId.a1?.answers.p1?.['vms-2']).toBe(2);
    const saved = restoreAssessment(written.get('a1'));
    expect(saved.ok && saved.value.answers.p1?.['vms-2']).toBeUndefined();
    // Space is freed: the next flush writes what was pending.
    await store.flushSaves();
    const after = restoreAssessment(written.get('a1'));
    expect(after.ok && after.value.answers.p1?.['vms-2']).toBe(2);
  });

  it('loads readable records and lists unreadable ones without deleting them', async () => {
    written.set('good', JSON.stringify(sample('good')));
    written.set('bad', '{"schemaVersion": 1, "id": "bad"');
    await store.loadAssessments();
    const state = store.useAssessments.getState();
    expect(Object.keys(state.byId)).toEqual(['good']);
    expect(state.unreadable.map((u) => [u.key, u.error.key])).toEqual([
      ['bad', 'errors.invalidJson'],
    ]);
    expect(written.has('bad')).toBe(true);
  });
});
