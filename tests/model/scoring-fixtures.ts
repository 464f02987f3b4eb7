/**
 * Small builders for scoring tests: an assessment with sensible defaults, and answers written
 * in statement order (undefined = open).
 */
import {
  ELEMENT_IDS,
  FIRST_EDITION,
  statementIdsOf,
  type ElementId,
} from '../../src/model/framework';
import {
  SCHEMA_VERSION,
  defaultGroups,
  emptyElementInputs,
  type Answer,
  type Assessment,
  type Participant,
} from '../../src/model/schema';

/** An answer in a list: a level, 'na', or undefined for "left open". */
export type Slot = Answer | undefined;

/**
 * Statement answers of one element, in first-edition statement order (the fixtures record no
 * edition, so they are first-edition assessments); undefined slots stay open.
 */
export function elementAnswers(
  elementId: ElementId,
  slots: readonly Slot[],
): Record<string, Answer> {
  const ids = statementIdsOf(FIRST_EDITION, elementId);
  const out: Record<string, Answer> = {};
  slots.forEach((slot, i) => {
    const id = ids[i];
    if (id !== undefined && slot !== undefined) out[id] = slot;
  });
  return out;
}

/** One participant's answers over several elements. */
export function answersOf(
  perElement: Partial<Record<ElementId, readonly Slot[]>>,
): Record<string, Answer> {
  return Object.assign(
    {},
    ...Object.entries(perElement).map(([id, slots]) => elementAnswers(id as ElementId, slots!)),
  ) as Record<string, Answer>;
}

export function participants(n: number): Participant[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: `P${i + 1}`,
    code: 'E1',
    groupId: 'employees',
  }));
}

/** A valid assessment: full, one participant, nothing answered, default targets. */
export function makeAssessment(partial: Partial<Assessment> = {}): Assessment {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'test',
    kind: 'full',
    mode: 'single',
    frameworkEdition: 1,
    meta: {
      title: 'Test',
      organisation: 'Org',
      scope: '',
      assessor: '',
      date: '2026-11-25',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participants: participants(1),
    groups: defaultGroups(),
    anonymity: 'named',
    secret: null,
    lock: { locked: false, history: [] },
    reportNames: false,
    answers: {},
    quickAnswers: {},
    comments: {},
    elements: emptyElementInputs(),
    actions: [],
    summaryText: '',
    summaryBasis: '',
    previousAssessmentId: null,
    readOnly: false,
    lastStep: null,
    createdAt: '',
    updatedAt: '',
    ...partial,
  };
}

/** Per element inputs with some fields changed. */
export function elementInputs(
  changes: Partial<Record<ElementId, Partial<Assessment['elements'][ElementId]>>>,
): Assessment['elements'] {
  const base = emptyElementInputs();
  for (const id of ELEMENT_IDS) base[id] = { ...base[id], ...changes[id] };
  return base;
}

/** A score map with every element null except those given. */
export function scoreMap(
  given: Partial<Record<ElementId, number | null>>,
): Record<ElementId, number | null> {
  return Object.fromEntries(ELEMENT_IDS.map((id) => [id, given[id] ?? null])) as Record<
    ElementId,
    number | null
  >;
}

/**
 * The worked example of tests/model/worked-example.test.ts (hand computation there): two
 * participants, four elements answered, an agreed score on customer-understanding.
 */
export function workedExample(): Assessment {
  return makeAssessment({
    id: 'worked-example',
    meta: {
      title: 'Worked example',
      organisation: 'Voorbeeld BV',
      scope: 'Customer service',
      assessor: 'Anna',
      date: '2026-11-25',
      language: 'nl',
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participants: [
      { id: 'anna', name: 'Anna', code: 'M1', groupId: 'management' },
      { id: 'bram', name: 'Bram', code: 'F1', groupId: 'customer-facing' },
    ],
    answers: {
      anna: answersOf({
        'vision-mission-strategy': [4, 4, 3, 3, 4],
        'leadership-commitment': [2, 2, 1, 2, 2],
        'service-culture': ['na', 'na', 'na', 'na', 'na'],
        'customer-understanding': [3, 3, 3, 3, 3],
      }),
      bram: answersOf({
        'vision-mission-strategy': [3, 2, 'na', 3, 2],
        'leadership-commitment': [4, undefined, undefined, undefined, 'na'],
        'service-culture': [5, 4, 4, 5, 4],
        'customer-understanding': [1, 1, 1, 1, 1],
      }),
    },
    elements: elementInputs({
      'customer-understanding': {
        importance: 5,
        agreedScore: 2.5,
        notes: 'We rarely ask customers.',
      },
    }),
    actions: [
      {
        id: 'act-1',
        elementId: 'customer-understanding',
        description: 'Interview ten customers',
        owner: 'Anna',
        due: '2027-01-31',
        status: 'in-progress',
        priority: 'high',
        stepRef: null,
      },
      {
        id: 'act-2',
        elementId: null,
        description: 'Share the report with the team',
        owner: '',
        due: null,
        status: 'open',
        priority: 'low',
        stepRef: null,
      },
    ],
  });
}
