import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_STATEMENT_IDS, ELEMENT_IDS } from '../../src/model/framework';
import {
  MAX_DEPTH,
  restoreAssessment,
  restoreBranding,
  serializeAssessment,
  serializeBranding,
  type RestoreResult,
} from '../../src/model/restore';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  assessmentSchema,
  CUSTOMER_WORDS,
  GROUP_PRESETS,
  LANGUAGES,
  type Action,
  type Answer,
  type Assessment,
  type Branding,
  type ElementInput,
  type Participant,
} from '../../src/model/schema';
import v0Text from '../fixtures/assessment-v0.json?raw';
import v1Text from '../fixtures/assessment-v1-full.json?raw';
import v2Text from '../fixtures/assessment-v2-full.json?raw';

/** A fresh, writable copy of the v2 fixture for each mutation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests write wrong types on purpose
type Loose = Record<string, any>;

function fixture(): Loose {
  return JSON.parse(v2Text);
}

/** Asserts a refusal with this key and, when given, this path. */
function expectError(result: RestoreResult<unknown>, key: string, path?: string) {
  expect(result.ok ? 'ok' : result.error).toMatchObject(
    path === undefined ? { key } : { key, path },
  );
}

const branding: Branding = {
  schemaVersion: 2,
  consultantName: 'Sanne de Boer',
  company: 'De Boer Klantadvies',
  logo: 'data:image/png;base64,iVBORw0KGgo=',
  accentColor: '#1d4ed8',
};

/**
 * The v2 fixture as restore gives it back: with the fields added to schema 2 after the fixture
 * was saved, which restore fills with their defaults (no migration step needed).
 */
const restoredV2 = () => ({ ...JSON.parse(v2Text), reportNames: false, summaryBasis: '' });

describe('restoreAssessment: the fixtures', () => {
  it('restores the v2 fixture from text and from a parsed record', () => {
    const fromText = restoreAssessment(v2Text);
    expect(fromText).toEqual({ ok: true, value: restoredV2() });
    expect(restoreAssessment(JSON.parse(v2Text))).toEqual(fromText);
  });

  it('migrates the v1 fixture to exactly the v2 fixture (written by hand from the v1-to-v2 rules)', () => {
    expect(restoreAssessment(v1Text)).toEqual({
      ok: true,
      value: restoredV2(),
      migratedFrom: 1,
    });
  });

  it('returns a fresh object, not the input', () => {
    const input = fixture();
    const result = restoreAssessment(input);
    if (!result.ok) throw new Error(result.error.key);
    expect(result.value).not.toBe(input);
    result.value.meta.title = 'changed';
    result.value.answers['p-marieke']!['vms-1'] = 1;
    expect(input.meta.title).toBe('Nulmeting service excellence 2026');
    expect(input.answers['p-marieke']['vms-1']).toBe(3);
  });

  it('restores the v0 fixture and says it migrated from version 0', () => {
    const result = restoreAssessment(v0Text);
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it('reads the legacy lastStep where a file has it, and needs none (new records carry none)', () => {
    const { lastStep, ...withoutStep } = fixture();
    expect(lastStep).toBe('results');
    const result = restoreAssessment(withoutStep);
    expect(result.ok && 'lastStep' in result.value).toBe(false);
    expect(result.ok && serializeAssessment(result.value)).not.toContain('lastStep');
  });

  it('drops unknown top-level fields instead of carrying them along', () => {
    const result = restoreAssessment({ ...fixture(), uiOpenPanel: 'radar' });
    expect(result.ok && 'uiOpenPanel' in result.value).toBe(false);
  });
});

describe('restoreAssessment: garbage', () => {
  const truncated = v1Text.slice(0, Math.floor(v1Text.length / 2));
  it.each<[string, unknown, string]>([
    ['empty text', '', 'errors.invalidJson'],
    ['whitespace', '  \n ', 'errors.invalidJson'],
    ['not json', 'not json', 'errors.invalidJson'],
    ['an open brace', '{', 'errors.invalidJson'],
    ['the fixture cut in half', truncated, 'errors.invalidJson'],
    ['a trailing comma', '{"schemaVersion": 1,}', 'errors.invalidJson'],
    ['JSON null', 'null', 'errors.notAnAssessment'],
    ['an empty array', '[]', 'errors.notAnAssessment'],
    ['an empty object', '{}', 'errors.notAnAssessment'],
    ['a JSON number', '42', 'errors.notAnAssessment'],
    ['a JSON string', '"{}"', 'errors.notAnAssessment'],
    ['the number 42', 42, 'errors.notAnAssessment'],
    ['undefined', undefined, 'errors.notAnAssessment'],
    ['null', null, 'errors.notAnAssessment'],
    ['true', true, 'errors.notAnAssessment'],
    ['an array of the fixture', `[${v1Text}]`, 'errors.notAnAssessment'],
    ['another app', '{"app":"other","kind":"assessment","data":{}}', 'errors.notAnAssessment'],
    [
      'an envelope without data',
      '{"app":"se-radar","kind":"assessment"}',
      'errors.notAnAssessment',
    ],
  ])('%s', (_label, input, key) => {
    expectError(restoreAssessment(input), key);
  });

  it('refuses a branding file as an assessment and the other way round', () => {
    expectError(restoreAssessment(serializeBranding(branding)), 'errors.notAnAssessment');
    // A bare record has no kind to check: the schema says what is missing.
    expectError(restoreBranding(v1Text), 'errors.required', 'consultantName');
    expectError(restoreBranding(serializeAssessment(JSON.parse(v1Text))), 'errors.notABranding');
  });

  it('never throws on hostile parsed values', () => {
    const throwing = {
      get schemaVersion() {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expectError(restoreAssessment(throwing), 'errors.unreadable');
    expectError(restoreAssessment(proxy), 'errors.unreadable');
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    expectError(restoreAssessment(cyclic), 'errors.tooDeep');
  });
});

describe('restoreAssessment: size, depth and forbidden keys', () => {
  it('refuses a 50 MB string fast, without parsing it', () => {
    const huge = `{"x":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    const start = performance.now();
    const result = restoreAssessment(huge);
    expect(performance.now() - start).toBeLessThan(1000);
    expectError(result, 'errors.tooLarge');
    expect(result.ok || result.error.values).toEqual({ max: 10 });
  });

  it('counts UTF-8 bytes, not characters: 6 M of "é" is 12 MB', () => {
    expectError(restoreAssessment(`"${'é'.repeat(6 * 1024 * 1024)}"`), 'errors.tooLarge');
  });

  it('reads a text just under the limit (and then judges its content)', () => {
    const bytes = new TextEncoder().encode(v1Text).length;
    const padded = v1Text + ' '.repeat(10 * 1024 * 1024 - bytes);
    expect(restoreAssessment(padded).ok).toBe(true);
    expectError(restoreAssessment(`${padded} `), 'errors.tooLarge');
  });

  it.each([
    ['__proto__', 'answers.p-marieke.__proto__'],
    ['constructor', 'answers.p-marieke.constructor'],
    ['prototype', 'answers.p-marieke.prototype'],
  ])('refuses a %s key with its path', (name, path) => {
    // Raw text, so JSON.parse makes an own key rather than a literal setting the prototype.
    const text = v1Text.replace(
      '"p-marieke": {',
      `"p-marieke": {\n "${name}": {"polluted": true},`,
    );
    expect(text).not.toBe(v1Text);
    expectError(restoreAssessment(text), 'errors.forbiddenKey', path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds a forbidden key deep in an array and at the top', () => {
    const deep = v1Text.replace(
      '"owner": "Marieke Jansen"',
      '"owner": "Marieke Jansen", "x": [{"__proto__": 1}]',
    );
    expectError(restoreAssessment(deep), 'errors.forbiddenKey', 'actions.0.x.0.__proto__');
    expectError(
      restoreAssessment('{"__proto__": {"schemaVersion": 1}}'),
      'errors.forbiddenKey',
      '__proto__',
    );
  });

  it('gives paths inside a file envelope relative to the assessment', () => {
    const file = serializeAssessment(JSON.parse(v1Text)).replace(
      '"meta": {',
      '"meta": {\n "__proto__": 1,',
    );
    const result = restoreAssessment(file);
    expectError(result, 'errors.forbiddenKey', 'meta.__proto__');
    expect(result.ok || result.error.values).toEqual({ key: '__proto__', path: 'meta.__proto__' });
  });

  it(`refuses nesting deeper than ${MAX_DEPTH}`, () => {
    const nest = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    expectError(restoreAssessment(nest(MAX_DEPTH)), 'errors.notAnAssessment');
    expectError(
      restoreAssessment(nest(MAX_DEPTH + 1)),
      'errors.tooDeep',
      Array(MAX_DEPTH).fill('0').join('.'),
    );
    expectError(restoreAssessment(nest(100_000)), 'errors.tooDeep');
    expectError(
      restoreAssessment('{"a":'.repeat(60) + '1' + '}'.repeat(60)),
      'errors.tooDeep',
      Array(MAX_DEPTH).fill('a').join('.'),
    );
  });
});

describe('restoreAssessment: versions', () => {
  it.each([3, 99])('refuses schemaVersion %i as newer, naming the version', (version) => {
    const result = restoreAssessment({ ...fixture(), schemaVersion: version });
    expectError(result, 'errors.newerVersion', 'schemaVersion');
    expect(result.ok || result.error.values).toEqual({ version });
  });

  it.each<[string, unknown]>([
    ['a string', '1'],
    ['a fraction', 1.5],
    ['negative', -1],
    ['null', null],
  ])('refuses a schemaVersion that is %s', (_label, schemaVersion) => {
    expectError(
      restoreAssessment({ ...fixture(), schemaVersion }),
      'errors.unsupportedVersion',
      'schemaVersion',
    );
  });

  it('reads data without schemaVersion only when it has the v0 shape', () => {
    const { schemaVersion: _drop, ...noVersion } = fixture();
    expectError(restoreAssessment(noVersion), 'errors.notAnAssessment');
    expectError(restoreAssessment({ title: 'x', answers: [] }), 'errors.notAnAssessment');
  });
});

describe('restoreAssessment: invalid fields', () => {
  const marieke = 'answers.p-marieke.vms-1';
  it.each<[string, unknown, string]>([
    ['score 0', 0, 'errors.outOfRange'],
    ['score 6', 6, 'errors.outOfRange'],
    ['score 2.5', 2.5, 'errors.invalidAnswer'],
    ["score '3'", '3', 'errors.invalidAnswer'],
    ['null', null, 'errors.invalidAnswer'],
    ["'NA'", 'NA', 'errors.invalidAnswer'],
  ])('an answer of %s', (_label, value, key) => {
    const a = fixture();
    a.answers['p-marieke']['vms-1'] = value;
    expectError(restoreAssessment(a), key, marieke);
  });

  it('an unknown statement id', () => {
    const a = fixture();
    a.answers['p-lukasz']['vms-99'] = 3;
    expectError(restoreAssessment(a), 'errors.unknownStatement', 'answers.p-lukasz.vms-99');
  });

  it('an unknown element id in elements and in quick answers', () => {
    const a = fixture();
    a.elements.sales = a.elements.monitoring;
    expectError(restoreAssessment(a), 'errors.unknownElement', 'elements.sales');
    const b = fixture();
    b.quickAnswers['p-marieke'].sales = 3;
    expectError(restoreAssessment(b), 'errors.unknownElement', 'quickAnswers.p-marieke.sales');
  });

  it('answers of an unknown participant', () => {
    const a = fixture();
    a.answers['p-ghost'] = { 'vms-1': 3 };
    expectError(restoreAssessment(a), 'errors.unknownParticipant', 'answers.p-ghost');
    const b = fixture();
    b.quickAnswers['p-ghost'] = {};
    expectError(restoreAssessment(b), 'errors.unknownParticipant', 'quickAnswers.p-ghost');
  });

  it('an impossible date', () => {
    const a = fixture();
    a.meta.date = '2026-02-30';
    expectError(restoreAssessment(a), 'errors.invalidDate', 'meta.date');
  });

  it('passes the limit to the message', () => {
    const a = fixture();
    a.meta.scope = 'x'.repeat(501);
    const result = restoreAssessment(a);
    expectError(result, 'errors.tooLong', 'meta.scope');
    expect(result.ok || result.error.values).toEqual({ max: 500 });
  });
});

// One field at a time on the valid fixture: the error names the field and the reason.
describe('mutation table on the v2 fixture', () => {
  type Mutation = [string, (a: Loose) => void, string, string];
  const cases: Mutation[] = [
    ['id missing', (a) => delete a.id, 'errors.required', 'id'],
    ['id empty', (a) => (a.id = ''), 'errors.required', 'id'],
    ['id with a space', (a) => (a.id = 'a b'), 'errors.invalidId', 'id'],
    ['kind unknown', (a) => (a.kind = 'detailed'), 'errors.invalidKind', 'kind'],
    ['kind missing', (a) => delete a.kind, 'errors.required', 'kind'],
    ['meta missing', (a) => delete a.meta, 'errors.required', 'meta'],
    ['meta a string', (a) => (a.meta = 'Veenland'), 'errors.wrongType', 'meta'],
    ['title empty', (a) => (a.meta.title = ''), 'errors.required', 'meta.title'],
    ['title a number', (a) => (a.meta.title = 42), 'errors.notText', 'meta.title'],
    [
      'organisation too long',
      (a) => (a.meta.organisation = 'x'.repeat(501)),
      'errors.tooLong',
      'meta.organisation',
    ],
    ['date in Dutch order', (a) => (a.meta.date = '12-03-2026'), 'errors.invalidDate', 'meta.date'],
    ['language German', (a) => (a.meta.language = 'de'), 'errors.invalidLanguage', 'meta.language'],
    ['no participants', (a) => (a.participants = []), 'errors.noParticipants', 'participants'],
    [
      'participant group unknown',
      (a) => (a.participants[1].groupId = 'board'),
      'errors.unknownGroup',
      'participants.1.groupId',
    ],
    [
      'participant twice',
      (a) => (a.participants[1].id = 'p-marieke'),
      'errors.duplicateParticipant',
      'participants',
    ],
    ['participant null', (a) => (a.participants[0] = null), 'errors.wrongType', 'participants.0'],
    ['answers an array', (a) => (a.answers = []), 'errors.wrongType', 'answers'],
    [
      'answer n/a',
      (a) => (a.answers['p-marieke']['cu-2'] = 'n/a'),
      'errors.invalidAnswer',
      'answers.p-marieke.cu-2',
    ],
    [
      'participant key invalid',
      (a) => (a.answers['p lukasz'] = {}),
      'errors.invalidId',
      'answers.p lukasz',
    ],
    [
      'quick level 7',
      (a) => (a.quickAnswers['p-marieke'].monitoring = 7),
      'errors.outOfRange',
      'quickAnswers.p-marieke.monitoring',
    ],
    [
      'element missing',
      (a) => delete a.elements['service-innovation'],
      'errors.required',
      'elements.service-innovation',
    ],
    [
      'element a string',
      (a) => (a.elements.monitoring = 'x'),
      'errors.wrongType',
      'elements.monitoring',
    ],
    [
      'target 0',
      (a) => (a.elements.monitoring.target = 0),
      'errors.outOfRange',
      'elements.monitoring.target',
    ],
    [
      'importance 3.5',
      (a) => (a.elements.monitoring.importance = 3.5),
      'errors.notAWholeNumber',
      'elements.monitoring.importance',
    ],
    [
      'importance "3"',
      (a) => (a.elements.monitoring.importance = '3'),
      'errors.notANumber',
      'elements.monitoring.importance',
    ],
    [
      'agreed 3.45',
      (a) => (a.elements['customer-understanding'].agreedScore = 3.45),
      'errors.oneDecimal',
      'elements.customer-understanding.agreedScore',
    ],
    [
      'agreed 5.5',
      (a) => (a.elements['customer-understanding'].agreedScore = 5.5),
      'errors.outOfRange',
      'elements.customer-understanding.agreedScore',
    ],
    [
      'notes too long',
      (a) => (a.elements['service-culture'].notes = 'x'.repeat(20_001)),
      'errors.tooLong',
      'elements.service-culture.notes',
    ],
    [
      'strengths missing',
      (a) => delete a.elements['service-culture'].strengths,
      'errors.required',
      'elements.service-culture.strengths',
    ],
    [
      'action status blocked',
      (a) => (a.actions[0].status = 'blocked'),
      'errors.invalidStatus',
      'actions.0.status',
    ],
    [
      'action priority urgent',
      (a) => (a.actions[1].priority = 'urgent'),
      'errors.invalidPriority',
      'actions.1.priority',
    ],
    [
      'action due month 13',
      (a) => (a.actions[2].due = '2026-13-01'),
      'errors.invalidDate',
      'actions.2.due',
    ],
    [
      'action element unknown',
      (a) => (a.actions[0].elementId = 'sales'),
      'errors.unknownElement',
      'actions.0.elementId',
    ],
    [
      'action description empty',
      (a) => (a.actions[0].description = ''),
      'errors.required',
      'actions.0.description',
    ],
    [
      '501 actions',
      (a) => (a.actions = Array.from({ length: 501 }, () => a.actions[0])),
      'errors.tooMany',
      'actions',
    ],
    [
      'previous id invalid',
      (a) => (a.previousAssessmentId = 'bad id!'),
      'errors.invalidId',
      'previousAssessmentId',
    ],
    ['a reserved id', (a) => (a.actions[0].id = 'constructor'), 'errors.invalidId', 'actions.0.id'],
    ['readOnly a string', (a) => (a.readOnly = 'false'), 'errors.notABoolean', 'readOnly'],
    ['lastStep unknown', (a) => (a.lastStep = 'intro'), 'errors.unknownElement', 'lastStep'],
    ['createdAt a number', (a) => (a.createdAt = 5), 'errors.notText', 'createdAt'],
  ];

  it.each(cases)('%s', (_label, mutate, key, path) => {
    const a = fixture();
    mutate(a);
    expectError(restoreAssessment(a), key, path);
    // The same through the file path: text in, same answer out.
    expectError(restoreAssessment(JSON.stringify(a)), key, path);
  });
});

describe('restoreBranding', () => {
  it('round-trips through its file', () => {
    expect(restoreBranding(serializeBranding(branding))).toEqual({ ok: true, value: branding });
    expect(restoreBranding(branding)).toEqual({ ok: true, value: branding });
  });

  it.each<[string, Partial<Record<keyof Branding, unknown>>, string, string]>([
    ['a JPEG logo', { logo: 'data:image/jpeg;base64,AAAA' }, 'errors.logoInvalid', 'logo'],
    [
      'a huge logo',
      { logo: `data:image/png;base64,${'A'.repeat(400_000)}` },
      'errors.logoTooLarge',
      'logo',
    ],
    ['a logo that is a number', { logo: 5 }, 'errors.notText', 'logo'],
    ['a named colour', { accentColor: 'red' }, 'errors.invalidColour', 'accentColor'],
    ['a newer version', { schemaVersion: 3 }, 'errors.newerVersion', 'schemaVersion'],
    ['version 0', { schemaVersion: 0 }, 'errors.unsupportedVersion', 'schemaVersion'],
  ])('refuses %s', (_label, change, key, path) => {
    expectError(restoreBranding({ ...branding, ...change }), key, path);
  });

  it('refuses data without a version', () => {
    const { schemaVersion: _drop, ...rest } = branding;
    expectError(restoreBranding(rest), 'errors.notABranding');
    expectError(restoreBranding('not json'), 'errors.invalidJson');
  });
});

describe('serializeAssessment', () => {
  it('writes the envelope with 2-space indent and a final newline', () => {
    const text = serializeAssessment(JSON.parse(v1Text));
    expect(
      text.startsWith(
        '{\n  "app": "se-radar",\n  "kind": "assessment",\n  "data": {\n    "schemaVersion": 1,\n',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the same bytes whatever order the keys were in', () => {
    const a = JSON.parse(v1Text) as Assessment;
    const reversed = reverseKeys(a) as Assessment;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(a));
    expect(serializeAssessment(reversed)).toBe(serializeAssessment(a));
  });

  it('orders participants as listed, elements and statements in model order', () => {
    const a = reverseKeys(JSON.parse(v1Text)) as Assessment;
    const { data } = JSON.parse(serializeAssessment(a)) as { data: Assessment };
    expect(Object.keys(data.answers)).toEqual(['p-marieke', 'p-lukasz']);
    expect(Object.keys(data.elements)).toEqual([...ELEMENT_IDS]);
    const marieke = Object.keys(data.answers['p-marieke']!);
    expect(marieke).toEqual(ALL_STATEMENT_IDS.filter((s) => marieke.includes(s)));
    expect(Object.keys(data.meta)).toEqual([
      'title',
      'organisation',
      'scope',
      'assessor',
      'date',
      'language',
    ]);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

// ---------------------------------------------------------------------------------------------
// Property tests

const idArb = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,24}$/)
  .filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id));
/** Any UTF-16 text, lone surrogates included: JSON must carry it unchanged. */
const textArb = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const nonEmptyTextArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const levelArb = fc.integer({ min: 1, max: 5 });
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  levelArb,
  fc.constant('na' as const),
  fc.constant('dk' as const),
);
const dateArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const elementIdArb = fc.constantFrom(...ELEMENT_IDS);

const participantArb = (id: string): fc.Arbitrary<Participant> =>
  fc.record({
    id: fc.constant(id),
    name: textArb(40),
    code: fc.stringMatching(/^[A-Z][0-9]{1,3}$/),
    groupId: fc.constantFrom(...GROUP_PRESETS),
  });

const elementInputArb: fc.Arbitrary<ElementInput> = fc.record({
  notes: textArb(80),
  strengths: textArb(40),
  improvements: textArb(40),
  target: levelArb,
  importance: levelArb,
  agreedScore: fc.option(fc.integer({ min: 10, max: 50 }).map((n) => n / 10)),
  agreedReason: textArb(40),
});

const actionArb: fc.Arbitrary<Action> = fc.record({
  id: idArb,
  elementId: fc.option(elementIdArb),
  description: nonEmptyTextArb,
  owner: textArb(30),
  due: fc.option(dateArb),
  status: fc.constantFrom(...ACTION_STATUSES),
  priority: fc.constantFrom(...ACTION_PRIORITIES),
  stepRef: fc.option(
    fc.record({
      stepId: fc.stringMatching(/^[a-z]{2,3}-[a-z0-9-]{1,12}$/),
      edition: fc.integer({ min: 1, max: 3 }),
      text: fc.record({ nl: textArb(60), en: textArb(60) }),
    }),
  ),
});

/** A record keyed by some of `ids`, each with a value from `valueArb`. */
function someOf<K extends string, V>(
  ids: readonly K[],
  valueArb: fc.Arbitrary<V>,
): fc.Arbitrary<Partial<Record<K, V>>> {
  return fc
    .subarray([...ids])
    .chain((keys) =>
      fc
        .tuple(...keys.map(() => valueArb))
        .map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]]))),
    )
    .map((r) => r as Partial<Record<K, V>>);
}

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.record({
      schemaVersion: fc.constant(2 as const),
      id: idArb,
      kind: fc.constantFrom('quick' as const, 'full' as const),
      mode: fc.constantFrom('single' as const, 'workshop' as const),
      frameworkEdition: fc.integer({ min: 1, max: 2 }),
      meta: fc.record({
        title: nonEmptyTextArb,
        titleIsDefault: fc.boolean(),
        organisation: nonEmptyTextArb,
        scope: textArb(40),
        assessor: textArb(40),
        date: dateArb,
        language: fc.constantFrom(...LANGUAGES),
        customerWord: fc.constantFrom(...CUSTOMER_WORDS),
      }),
      participants: fc.tuple(...ids.map(participantArb)),
      groups: fc.constant(GROUP_PRESETS.map((g) => ({ id: g, preset: g, name: '' }))),
      anonymity: fc.constantFrom('named' as const, 'anonymous' as const),
      secret: fc.option(idArb),
      reportNames: fc.boolean(),
      lock: fc.record({
        locked: fc.boolean(),
        history: fc.array(
          fc.record({ at: fc.constant('2026-12-01T10:00:00.000Z'), locked: fc.boolean() }),
          {
            maxLength: 3,
          },
        ),
      }),
      comments: someOf(
        ids,
        fc.dictionary(fc.constantFrom(...ALL_STATEMENT_IDS), textArb(30)),
      ) as fc.Arbitrary<Assessment['comments']>,
      answers: someOf(ids, someOf(ALL_STATEMENT_IDS, answerArb)) as fc.Arbitrary<
        Assessment['answers']
      >,
      quickAnswers: someOf(ids, someOf(ELEMENT_IDS, levelArb)) as fc.Arbitrary<
        Assessment['quickAnswers']
      >,
      elements: fc.record(
        Object.fromEntries(ELEMENT_IDS.map((e) => [e, elementInputArb])),
      ) as fc.Arbitrary<Assessment['elements']>,
      actions: fc.uniqueArray(actionArb, { maxLength: 4, selector: (a) => a.id }),
      summaryText: textArb(60),
      summaryBasis: textArb(60),
      previousAssessmentId: fc.option(idArb),
      readOnly: fc.boolean(),
      lastStep: fc.option(fc.oneof(elementIdArb, fc.constant('results' as const))),
      createdAt: fc.string({ maxLength: 40 }),
      updatedAt: fc.string({ maxLength: 40 }),
    }),
  );

/** Every path to a value inside `root`, containers included (not the root itself). */
function allPaths(root: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof root !== 'object' || root === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
}

/** Every key restore can emit; each has an English and a Dutch text in common.json. */
const KNOWN_KEYS = new Set(
  [
    ...['invalidJson', 'tooLarge', 'tooDeep', 'forbiddenKey', 'newerVersion', 'unsupportedVersion'],
    ...[
      'notAnAssessment',
      'notABranding',
      'unreadable',
      'wrongType',
      'invalidValue',
      'notText',
      'tooLong',
    ],
    ...['required', 'invalidDate', 'invalidId', 'notANumber', 'notAWholeNumber', 'outOfRange'],
    ...['invalidAnswer', 'unknownElement', 'unknownStatement', 'invalidLanguage', 'invalidGroup'],
    ...[
      'oneDecimal',
      'invalidStatus',
      'invalidPriority',
      'invalidKind',
      'noParticipants',
      'tooMany',
    ],
    ...['duplicateParticipant', 'unknownParticipant', 'notABoolean', 'logoTooLarge', 'logoInvalid'],
    ...['invalidColour', 'invalidCustomerWord', 'invalidCode', 'invalidMode', 'noGroups'],
    ...['invalidAnonymity', 'duplicateAction', 'duplicateGroup', 'unknownGroup'],
  ].map((k) => `errors.${k}`),
);

function expectKnownFailure(result: RestoreResult<unknown>) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(KNOWN_KEYS).toContain(result.error.key);
}

describe('properties', () => {
  it('the generator makes valid assessments', () => {
    fc.assert(fc.property(assessmentArb, (a) => assessmentSchema.safeParse(a).success));
  });

  it('restore(serialize(x)) deep-equals x', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        expect(restoreAssessment(serializeAssessment(a))).toEqual({ ok: true, value: a });
        expect(restoreAssessment(a)).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('arbitrary JSON never passes and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectKnownFailure(restoreAssessment(JSON.stringify(value) ?? ''));
        expectKnownFailure(restoreAssessment(value));
        expectKnownFailure(restoreBranding(value));
      }),
    );
  });

  it('arbitrary text and values never pass and never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.anything({ withNullPrototype: true, withMap: true }),
        ),
        (value) => {
          expectKnownFailure(restoreAssessment(value));
          expectKnownFailure(restoreBranding(value));
        },
      ),
    );
  });

  it('mutated valid data either fails or yields a value that passes the schema', () => {
    const mutationArb = assessmentArb.chain((a) =>
      fc.record({
        a: fc.constant(a),
        pathIndex: fc.nat(),
        replacement: fc.oneof(
          fc.constant(undefined),
          fc.jsonValue({ maxDepth: 2 }),
          fc.string(),
          fc.integer(),
        ),
      }),
    );
    fc.assert(
      fc.property(mutationArb, ({ a, pathIndex, replacement }) => {
        const copy = JSON.parse(JSON.stringify(a));
        const paths = allPaths(copy);
        const path = paths[pathIndex % paths.length]!;
        const parent = path.slice(0, -1).reduce((node, k) => node[k], copy);
        const last = path[path.length - 1]!;
        if (replacement === undefined) delete parent[last];
        else parent[last] = replacement;
        for (const input of [copy, JSON.stringify(copy)]) {
          const result = restoreAssessment(input);
          if (result.ok) expect(assessmentSchema.safeParse(result.value).success).toBe(true);
          else expect(KNOWN_KEYS).toContain(result.error.key);
        }
      }),
    );
  });
});
