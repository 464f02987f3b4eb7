import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/model/backup';
import { newAssessment, withAction, withAnswer } from '../../src/model/edits';
import { arrivalOf, keptBeside, readOpenedFile } from '../../src/model/open-files';
import { serializeAssessment } from '../../src/model/restore';
import type { Action, Assessment } from '../../src/model/schema';
import v1Text from '../fixtures/assessment-v1-full.json?raw';

function sample(id = 'a1', title = 'Meting'): Assessment {
  return newAssessment({
    id,
    kind: 'full',
    meta: {
      title,
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
}

const action = (id: string, description: string): Action => ({
  id,
  elementId: null,
  description,
  owner: '',
  due: null,
  status: 'open',
  priority: 'medium',
  stepRef: null,
});

describe('reading opened files', () => {
  it('reads one assessment file with nothing left out', () => {
    const reading = readOpenedFile('a.json', serializeAssessment(sample()));
    expect(reading.kind).toBe('assessment');
    expect(reading.problem).toBeNull();
    expect(reading.entries).toHaveLength(1);
    expect(reading.entries[0]).toMatchObject({ ok: true, position: null, leftOut: [] });
  });

  it('reads a schema-1 file after its migrations, reporting no field as left out', () => {
    const [entry] = readOpenedFile('v1.json', v1Text).entries;
    expect(entry?.ok).toBe(true);
    expect(entry?.ok && entry.leftOut).toEqual([]);
  });

  it('opens a file with unknown fields and names them as a user knows them', () => {
    const data = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
    (data.elements as Record<string, Record<string, unknown>>).monitoring!.Notes = 'typed here';
    (data.meta as Record<string, unknown>).client = 'x';
    const [entry] = readOpenedFile('a.json', JSON.stringify(data)).entries;
    expect(entry?.ok && entry.leftOut).toEqual([
      { kind: 'detail', field: 'client' },
      { kind: 'element', elementId: 'monitoring', field: 'Notes' },
    ]);
  });

  it('refuses a statement answered twice in the text, naming the element and statement', () => {
    // mo-3 is the third statement of monitoring; JSON.parse alone would keep the 5.
    const text = serializeAssessment(withAnswer(sample(), 'p1', 'mo-3', 1)).replace(
      '"mo-3": 1',
      '"mo-3": 1, "mo-3": 5',
    );
    const [entry] = readOpenedFile('a.json', text).entries;
    expect(entry).toEqual({
      ok: false,
      position: null,
      title: 'Meting',
      problem: {
        kind: 'duplicateKeys',
        places: [{ kind: 'statement', elementId: 'monitoring', number: 3, field: null }],
      },
    });
  });

  it('refuses two actions with one id, naming their positions and descriptions', () => {
    let a = withAction(sample(), action('x1', 'Train the front line'));
    a = withAction(a, action('x2', 'Measure first-time fixes'));
    const data = JSON.parse(serializeAssessment(a)) as { data: { actions: { id: string }[] } };
    data.data.actions[1]!.id = 'x1';
    const [entry] = readOpenedFile('a.json', JSON.stringify(data)).entries;
    expect(entry?.ok === false && entry.problem).toEqual({
      kind: 'duplicateIds',
      list: 'actions',
      items: [
        { number: 1, label: 'Train the front line' },
        { number: 2, label: 'Measure first-time fixes' },
      ],
    });
  });

  it('says an empty backup is empty', () => {
    const reading = readOpenedFile('b.json', serializeBackup([]));
    expect(reading).toEqual({
      name: 'b.json',
      kind: 'backup',
      entries: [],
      problem: { kind: 'emptyBackup' },
    });
  });

  it('names each bad backup entry by title or position, and keeps the good ones', () => {
    const file = JSON.parse(serializeBackup([sample('a1', 'Goed'), sample('a2', 'Kapot')])) as {
      assessments: unknown[];
    };
    (file.assessments[1] as { data: { meta: { date: string } } }).data.meta.date = '2026-02-30';
    file.assessments.push({ app: 'se-radar', kind: 'assessment', data: 12 });
    const reading = readOpenedFile('b.json', JSON.stringify(file));
    expect(reading.kind).toBe('backup');
    expect(reading.entries.map((e) => e.ok)).toEqual([true, false, false]);
    expect(reading.entries[1]).toEqual({
      ok: false,
      position: 2,
      title: 'Kapot',
      problem: {
        kind: 'restore',
        error: { key: 'errors.invalidDate', path: 'meta.date' },
        where: { kind: 'detail', field: 'date' },
      },
    });
    expect(reading.entries[2]).toMatchObject({ ok: false, position: 3, title: null });
  });

  it('finds a key written twice inside one backup entry', () => {
    const text = serializeBackup([sample('a1'), sample('a2', 'Twee')]).replace(
      '"title": "Twee",',
      '"title": "Twee", "title": "Drie",',
    );
    const reading = readOpenedFile('b.json', text);
    expect(reading.entries.map((e) => e.ok)).toEqual([true, false]);
    expect(reading.entries[1]).toMatchObject({
      position: 2,
      problem: { kind: 'duplicateKeys', places: [{ kind: 'detail', field: 'title' }] },
    });
  });

  it('refuses text that is not JSON as a whole', () => {
    expect(readOpenedFile('x.json', '{"app":').problem).toEqual({
      kind: 'restore',
      error: { key: 'errors.invalidJson', path: '' },
      where: null,
    });
  });
});

describe('arrival of an opened assessment', () => {
  const a = sample();
  it('is new, identical, or taken by another version or by an unreadable record', () => {
    expect(arrivalOf(a, undefined, false, serializeAssessment)).toBe('new');
    expect(arrivalOf(a, sample(), false, serializeAssessment)).toBe('identical');
    expect(arrivalOf(a, withAnswer(a, 'p1', 'mo-1', 3), false, serializeAssessment)).toBe('taken');
    expect(arrivalOf(a, undefined, true, serializeAssessment)).toBe('taken');
  });

  it('a copy kept beside gets the new id and the title it is given, as the user’s own', () => {
    const copy = keptBeside(
      { ...a, meta: { ...a.meta, titleIsDefault: true } },
      'a9',
      'Meting (kopie)',
    );
    expect(copy.id).toBe('a9');
    expect(copy.meta).toMatchObject({ title: 'Meting (kopie)', titleIsDefault: false });
    expect(copy.answers).toEqual(a.answers);
  });
});
