import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../src/model/framework';
import { newId } from '../../src/lib/ids';
import { hashText, makeId } from '../../src/model/ids';
import {
  ASSESSMENT_MIGRATIONS,
  BRANDING_FIRST_VERSION,
  BRANDING_MIGRATIONS,
  looksLikeV0Assessment,
  runMigrations,
  type Migration,
} from '../../src/model/migrations';
import { restoreAssessment } from '../../src/model/restore';
import { assessmentSchema, SCHEMA_VERSION, type Assessment } from '../../src/model/schema';
import v0Text from '../fixtures/assessment-v0.json?raw';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests write wrong types on purpose
type Loose = Record<string, any>;

function v0(): Loose {
  return JSON.parse(v0Text);
}

function step(id: number): Migration {
  const found = ASSESSMENT_MIGRATIONS.find((m) => m.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe('the registry', () => {
  it('has one step per version, 1..SCHEMA_VERSION, in order, each named after its versions', () => {
    expect(ASSESSMENT_MIGRATIONS.map((m) => m.id)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const m of ASSESSMENT_MIGRATIONS)
      expect(m.name).toMatch(new RegExp(`^v${m.id - 1}-to-v${m.id}: .+`));
  });

  it('covers branding from its first version to the current one', () => {
    const expected = Array.from(
      { length: SCHEMA_VERSION - BRANDING_FIRST_VERSION },
      (_, i) => BRANDING_FIRST_VERSION + i + 1,
    );
    expect(BRANDING_MIGRATIONS.map((m) => m.id)).toEqual(expected);
  });

  it('runs steps in order from the given version and reports a gap', () => {
    const seen: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((id) => ({
      id,
      name: `v${id - 1}-to-v${id}: test`,
      up: (old) => (seen.push(id), { ...old, schemaVersion: id }),
    }));
    expect(runMigrations({ schemaVersion: 1 }, 1, 3, steps)).toEqual({
      ok: true,
      value: { schemaVersion: 3 },
    });
    expect(seen).toEqual([2, 3]);
    expect(runMigrations({}, 0, 3, [steps[0]!, steps[2]!])).toEqual({ ok: false, missingStep: 2 });
    expect(runMigrations({ a: 1 }, 3, 3, steps)).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('looksLikeV0Assessment', () => {
  it('knows the prototype shape and nothing else', () => {
    expect(looksLikeV0Assessment(v0())).toBe(true);
    expect(looksLikeV0Assessment({ title: 'x', answers: {} })).toBe(true);
    expect(looksLikeV0Assessment({ ...v0(), schemaVersion: 0 })).toBe(false);
    expect(looksLikeV0Assessment({ ...v0(), meta: {} })).toBe(false);
    expect(looksLikeV0Assessment({ ...v0(), answers: [] })).toBe(false);
    expect(looksLikeV0Assessment({ ...v0(), title: 7 })).toBe(false);
    expect(looksLikeV0Assessment({ ...v0(), notes: 'text' })).toBe(false);
    expect(looksLikeV0Assessment({ ...v0(), targets: null })).toBe(false);
    expect(looksLikeV0Assessment([])).toBe(false);
    expect(looksLikeV0Assessment(null)).toBe(false);
  });
});

describe('v0-to-v1 with the prototype fixture', () => {
  const migrated = step(1).up(v0()) as unknown as Assessment;

  it('passes the current schema once v1-to-v2 has run too', () => {
    const current = step(2).up(migrated as unknown as Loose);
    expect(assessmentSchema.safeParse(current).success).toBe(true);
  });

  it('carries the meta over and fills what v0 never had', () => {
    expect(migrated.schemaVersion).toBe(1);
    expect(migrated.kind).toBe('full');
    expect(migrated.meta).toEqual({
      title: 'Eerste zelfevaluatie klantenservice',
      organisation: 'Veenland Water N.V.',
      scope: '',
      assessor: '',
      date: '2024-05-16',
      language: 'nl',
    });
    expect(migrated.participants).toEqual([{ id: 'p1', name: '', group: 'management' }]);
    expect(migrated.quickAnswers).toEqual({});
    expect(migrated.actions).toEqual([]);
    expect(migrated.previousAssessmentId).toBeNull();
    expect(migrated.readOnly).toBe(false);
    expect(migrated.createdAt).toBe('2024-05-16T00:00:00.000Z');
  });

  it('carries every answer over and leaves null answers open', () => {
    const answers = migrated.answers.p1!;
    // By hand from the fixture: 45 statements, 9 of them null.
    expect(Object.keys(answers)).toHaveLength(36);
    expect(answers['vms-1']).toBe(3);
    expect(answers['vms-2']).toBe(2);
    expect('vms-3' in answers).toBe(false);
    expect(answers['lc-5']).toBe(1);
    expect(answers['sc-3']).toBe(4);
    expect('ee-2' in answers).toBe(false);
    expect('ee-3' in answers).toBe(false);
    expect(answers['cu-1']).toBe(4);
    expect('cu-5' in answers).toBe(false);
    expect(answers['ps-2']).toBe(4);
    expect(answers['mo-5']).toBe(2);
    for (const [id, value] of Object.entries(v0().answers)) {
      expect(answers[id]).toBe(value === null ? undefined : value);
    }
  });

  it('carries every note and target over; missing ones get target 4, importance 3', () => {
    const e = migrated.elements;
    expect(Object.keys(e)).toEqual([...ELEMENT_IDS]);
    expect(e['vision-mission-strategy'].notes).toBe(
      'Klantbelofte staat in het jaarplan, maar de teams kennen hem nauwelijks.',
    );
    expect(e['customer-understanding'].notes).toBe(
      'Klantpanel van 12 huishoudens sinds maart; storingsmeldingen worden per wijk geanalyseerd.',
    );
    expect(e['service-innovation'].notes).toBe(
      'Geen vast innovatieproces. Idee: sms bij een geplande onderbreking.',
    );
    expect(e.monitoring.notes).toBe(
      'Klanttevredenheid alleen per kwartaal gemeten (gemiddeld 7,2).',
    );
    expect(e['leadership-commitment'].notes).toBe('');
    expect(e['customer-understanding'].target).toBe(5);
    expect(e['service-innovation'].target).toBe(3);
    expect(e.monitoring.target).toBe(5);
    expect(e['vision-mission-strategy'].target).toBe(4);
    expect(e['experience-design'].target).toBe(4);
    for (const id of ELEMENT_IDS) {
      expect(e[id]).toMatchObject({
        importance: 3,
        strengths: '',
        improvements: '',
        agreedScore: null,
      });
    }
  });

  it('makes a deterministic id from the content', () => {
    expect(migrated.id).toMatch(/^migrated-[0-9a-f]{16}$/);
    expect(step(1).up(v0()).id).toBe(migrated.id);
    expect(step(1).up({ ...v0(), date: '2024-05-17' }).id).not.toBe(migrated.id);
  });

  it('does not touch its input', () => {
    const input = v0();
    step(1).up(input);
    expect(input).toEqual(v0());
  });

  it('keeps a language the prototype did store', () => {
    expect((step(1).up({ ...v0(), language: 'en' }).meta as { language: string }).language).toBe(
      'en',
    );
  });
});

describe('v1-to-v2', () => {
  const v1 = (): Loose => ({
    schemaVersion: 1,
    id: 'a1',
    kind: 'full',
    meta: {
      title: 'T',
      organisation: 'O',
      scope: '',
      assessor: '',
      date: '2026-01-05',
      language: 'en',
    },
    participants: [
      { id: 'p1', name: 'Ann', group: 'management' },
      { id: 'p2', name: 'Bo', group: 'front-line' },
      { id: 'p3', name: 'Cy', group: 'staff' },
      { id: 'p4', name: 'Di', group: 'management' },
      { id: 'p5', name: 'Ed', group: 'other' },
    ],
    answers: {},
    quickAnswers: {},
    elements: {
      monitoring: {
        notes: 'n',
        strengths: '',
        improvements: '',
        target: 4,
        importance: 3,
        agreedScore: 3.5,
      },
    },
    actions: [
      {
        id: 'x',
        elementId: null,
        description: 'd',
        owner: '',
        due: null,
        status: 'open',
        priority: 'low',
      },
    ],
    previousAssessmentId: null,
    readOnly: false,
    lastStep: null,
    createdAt: '',
    updatedAt: '',
  });

  it('maps the fixed groups to editable entries and gives each participant a code per group', () => {
    const up = step(2).up(v1());
    // front-line -> customer-facing (F), staff -> employees (E), management (M), other (O).
    expect(up.participants).toEqual([
      { id: 'p1', name: 'Ann', code: 'M1', groupId: 'management' },
      { id: 'p2', name: 'Bo', code: 'F1', groupId: 'customer-facing' },
      { id: 'p3', name: 'Cy', code: 'E1', groupId: 'employees' },
      { id: 'p4', name: 'Di', code: 'M2', groupId: 'management' },
      { id: 'p5', name: 'Ed', code: 'O1', groupId: 'other' },
    ]);
    expect(up.groups).toEqual([
      { id: 'management', preset: 'management', name: '' },
      { id: 'employees', preset: 'employees', name: '' },
      { id: 'customer-facing', preset: 'customer-facing', name: '' },
      { id: 'other', preset: 'other', name: '' },
    ]);
    expect(up.mode).toBe('workshop');
  });

  it('fills what v1 never had with what a v1 user saw, and keeps everything else', () => {
    const up = step(2).up(v1());
    expect(up.schemaVersion).toBe(2);
    expect(up.frameworkEdition).toBe(1);
    expect(up.meta).toEqual({
      title: 'T',
      organisation: 'O',
      scope: '',
      assessor: '',
      date: '2026-01-05',
      language: 'en',
      titleIsDefault: false,
      customerWord: 'customer',
    });
    expect(up.anonymity).toBe('named');
    expect(up.secret).toBeNull();
    expect(up.lock).toEqual({ locked: false, history: [] });
    expect(up.comments).toEqual({});
    expect(up.summaryText).toBe('');
    expect((up.elements as Loose).monitoring).toEqual({
      notes: 'n',
      strengths: '',
      improvements: '',
      target: 4,
      importance: 3,
      agreedScore: 3.5,
      agreedReason: '',
    });
    expect((up.actions as Loose[])[0]!.stepRef).toBeNull();
  });

  it('a one-person v1 assessment is single', () => {
    const old = v1();
    old.participants = [old.participants[0]];
    expect(step(2).up(old).mode).toBe('single');
  });

  it('carries an unknown group over, so the schema names it instead of the step hiding it', () => {
    const old = v1();
    old.participants[0].group = 'board';
    for (const e of ELEMENT_IDS) old.elements[e] ??= { ...old.elements.monitoring };
    const result = restoreAssessment(old);
    expect(result.ok ? 'ok' : result.error).toEqual({
      key: 'errors.unknownGroup',
      path: 'participants.0.groupId',
    });
  });

  it('leaves its input untouched', () => {
    const old = v1();
    const before = JSON.stringify(old);
    step(2).up(old);
    expect(JSON.stringify(old)).toBe(before);
  });
});

describe('v0 through restore', () => {
  it('gives the migrated assessment, flagged as migrated from 0', () => {
    const result = restoreAssessment(v0Text);
    // With the defaults of the fields added to schema 2 later, which restore fills in.
    const value = { ...step(2).up(step(1).up(v0())), reportNames: false, summaryBasis: '' };
    expect(result).toEqual({ ok: true, value, migratedFrom: 0 });
  });

  it.each<[string, (old: Loose) => void, string, string]>([
    ['an answer of 7', (o) => (o.answers['vms-1'] = 7), 'errors.outOfRange', 'answers.p1.vms-1'],
    [
      'an unknown statement',
      (o) => (o.answers['xx-1'] = 3),
      'errors.unknownStatement',
      'answers.p1.xx-1',
    ],
    [
      'a note on an unknown element',
      (o) => (o.notes.sales = 'x'),
      'errors.unknownElement',
      'elements.sales',
    ],
    [
      'a target of 9',
      (o) => (o.targets.monitoring = 9),
      'errors.outOfRange',
      'elements.monitoring.target',
    ],
    ['no organisation', (o) => delete o.organisation, 'errors.required', 'meta.organisation'],
    ['an impossible date', (o) => (o.date = '2024-02-30'), 'errors.invalidDate', 'meta.date'],
    [
      'a note on toString',
      (o) => (o.notes.toString = 'x'),
      'errors.unknownElement',
      'elements.toString',
    ],
  ])('refuses a v0 record with %s, naming the v1 field', (_label, mutate, key, path) => {
    const old = v0();
    mutate(old);
    const result = restoreAssessment(JSON.stringify(old));
    expect(result.ok ? 'ok' : result.error).toMatchObject({ key, path });
  });

  it('refuses a v0 record whose shape is off', () => {
    const result = restoreAssessment({ ...v0(), answers: 'all good' });
    expect(result.ok ? 'ok' : result.error).toEqual({ key: 'errors.notAnAssessment', path: '' });
  });
});

// ids.ts has no test file of its own yet; its two functions are tested here beside their main user.
describe('ids', () => {
  it('newId makes distinct ids in the schema id alphabet', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId('act')).toMatch(/^act-[A-Za-z0-9_-]{16}$/);
  });

  it('makeId reads its bytes from the random source passed in, six bits each', () => {
    // Bytes 0, 63, 64, 255: 0 -> 'A', 63 -> '-', 64 & 63 = 0 -> 'A', 255 & 63 = 63 -> '-'.
    const fake = {
      getRandomValues<T extends Uint8Array>(array: T): T {
        array.forEach((_, i) => (array[i] = [0, 63, 64, 255][i % 4]!));
        return array;
      },
    };
    expect(makeId(fake)).toBe('A-A-A-A-A-A-A-A-');
    expect(makeId(fake, 'p')).toBe('p-A-A-A-A-A-A-A-A-');
  });

  it('newId refuses a prefix outside the alphabet', () => {
    expect(() => newId('a b')).toThrow();
    expect(() => newId('')).toThrow();
  });

  it('hashText is deterministic, 16 hex digits, and tells close texts apart', () => {
    expect(hashText('Veenland|2024-05-16')).toBe(hashText('Veenland|2024-05-16'));
    expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('ab')).not.toBe(hashText('ba'));
    expect(hashText('2024-05-16')).not.toBe(hashText('2024-05-17'));
  });
});
