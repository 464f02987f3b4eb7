/**
 * The Service Excellence Model as data: four dimensions, nine elements, their statements and
 * quick-check descriptors. Ids are forever: they appear in saved data, files and links.
 * Every text is an i18n key in the `framework` namespace, never a string.
 */

export const DIMENSION_IDS = ['leadership', 'culture', 'experience', 'operations'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const ELEMENT_IDS = [
  'vision-mission-strategy',
  'leadership-commitment',
  'service-culture',
  'employee-engagement',
  'customer-understanding',
  'experience-design',
  'service-innovation',
  'processes-structure',
  'monitoring',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

/** The moves up a level that next steps are written for. */
export const LEVEL_MOVES = ['1to2', '2to3', '3to4', '4to5'] as const;
export type LevelMove = (typeof LEVEL_MOVES)[number];

/** How many suggested next steps are offered for each move. */
export const STEPS_PER_MOVE = 3;

export interface ElementDef {
  id: ElementId;
  dimension: DimensionId;
  /** Short code used in statement ids: `${code}-${n}`. */
  code: string;
}

export interface DimensionDef {
  id: DimensionId;
  elementIds: readonly ElementId[];
}

export const ELEMENTS: readonly ElementDef[] = [
  { id: 'vision-mission-strategy', dimension: 'leadership', code: 'vms' },
  { id: 'leadership-commitment', dimension: 'leadership', code: 'lc' },
  { id: 'service-culture', dimension: 'culture', code: 'sc' },
  { id: 'employee-engagement', dimension: 'culture', code: 'ee' },
  { id: 'customer-understanding', dimension: 'experience', code: 'cu' },
  { id: 'experience-design', dimension: 'experience', code: 'ed' },
  { id: 'service-innovation', dimension: 'experience', code: 'si' },
  { id: 'processes-structure', dimension: 'operations', code: 'ps' },
  { id: 'monitoring', dimension: 'operations', code: 'mo' },
];

export const DIMENSIONS: readonly DimensionDef[] = DIMENSION_IDS.map((id) => ({
  id,
  elementIds: ELEMENTS.filter((e) => e.dimension === id).map((e) => e.id),
}));

/**
 * The editions of the questionnaire. An assessment records the edition it was started with and
 * keeps showing and scoring that edition's statements, so files made with edition 1 read as before.
 * Statement ids are forever: a statement whose meaning changes gets a new id and the old id is
 * retired (it stays in the editions that used it, and keeps its text in the locale files).
 */
export const EDITIONS = [1, 2] as const;
export type Edition = (typeof EDITIONS)[number];
/** The edition new assessments start with. */
export const CURRENT_EDITION: Edition = 2;
/** The edition of data saved before editions existed. */
export const FIRST_EDITION: Edition = 1;

const range = (code: string, ns: readonly number[]) => ns.map((n) => `${code}-${n}`);

/**
 * Per edition and element, the statement ids in questionnaire order.
 * Edition 2 (2026-12): the content review's fixes. Kept: statements whose meaning stayed (some
 * reworded). New ids for changed meanings: vms-6 (the intended experience steers plans, was vms-1),
 * vms-7 (every customer signal in the strategy review, was vms-2), vms-8 (balanced aims), lc-6 (the
 * board, not every leader, was lc-1), lc-7 (leaders test their view), sc-6 (internal service, sc-5
 * moved to processes as complaint ownership), ee-6 (real cases, was ee-3), ee-7 (weighs in the
 * appraisal, was ee-5), ee-8 (engagement acted on per team), cu-6 (emotional moments, was cu-2),
 * ed-6 (one journey across channels, was ed-3), ed-7 (redesign on new insight, was ed-5), ed-8 (room
 * to personalise), si-6 (budget), si-7 (owner; si-5 was an outcome), ps-6 (one process owner, was
 * ps-1), ps-7 (complaint recovery, was ps-2), ps-8 (decisions close to the customer, was ps-4), ps-9 (teams around journeys), mo-6
 * (engagement measured, was mo-1), mo-7 (expectations exceeded, was mo-3).
 */
const EDITION_STATEMENTS: Readonly<
  Record<Edition, Readonly<Record<ElementId, readonly string[]>>>
> = {
  1: {
    'vision-mission-strategy': range('vms', [1, 2, 3, 4, 5]),
    'leadership-commitment': range('lc', [1, 2, 3, 4, 5]),
    'service-culture': range('sc', [1, 2, 3, 4, 5]),
    'employee-engagement': range('ee', [1, 2, 3, 4, 5]),
    'customer-understanding': range('cu', [1, 2, 3, 4, 5]),
    'experience-design': range('ed', [1, 2, 3, 4, 5]),
    'service-innovation': range('si', [1, 2, 3, 4, 5]),
    'processes-structure': range('ps', [1, 2, 3, 4, 5]),
    monitoring: range('mo', [1, 2, 3, 4, 5]),
  },
  2: {
    'vision-mission-strategy': range('vms', [6, 7, 3, 4, 8, 5]),
    'leadership-commitment': range('lc', [6, 2, 7, 3, 4, 5]),
    'service-culture': range('sc', [1, 2, 3, 4, 6]),
    'employee-engagement': range('ee', [1, 2, 6, 4, 7, 8]),
    'customer-understanding': range('cu', [1, 6, 3, 4, 5]),
    'experience-design': range('ed', [1, 2, 6, 8, 4, 7]),
    'service-innovation': range('si', [1, 2, 3, 4, 6, 7]),
    'processes-structure': range('ps', [6, 7, 3, 8, 9, 5]),
    monitoring: range('mo', [6, 2, 7, 4, 5]),
  },
};

/** Is `value` one of the editions this version of the app knows? */
export function isEdition(value: unknown): value is Edition {
  return value === 1 || value === 2;
}

/** An edition as recorded in data; anything unknown (or missing, as in old files) is edition 1. */
export function editionOf(value: unknown): Edition {
  return isEdition(value) ? value : FIRST_EDITION;
}

/** The statement ids of one element in one edition, in questionnaire order. */
export function statementIdsOf(edition: Edition, elementId: ElementId): readonly string[] {
  return EDITION_STATEMENTS[edition][elementId];
}

/** What an assessment needs to say for its edition; data saved before editions has none. */
export interface EditionCarrier {
  frameworkEdition?: number | undefined;
}

/** The edition an assessment (or any record read from storage) was started with. */
export function assessmentEdition(assessment: unknown): Edition {
  return editionOf(
    assessment !== null && typeof assessment === 'object'
      ? (assessment as EditionCarrier).frameworkEdition
      : undefined,
  );
}

/**
 * The statement ids an assessment asks for one element: those of the edition it was started
 * with (edition 1 when it records none).
 */
export function assessmentStatementIds(
  assessment: EditionCarrier,
  elementId: ElementId,
): readonly string[] {
  return statementIdsOf(editionOf(assessment.frameworkEdition), elementId);
}

/** Every statement id of one edition, in model order. */
export function editionStatementIds(edition: Edition): readonly string[] {
  return ELEMENT_IDS.flatMap((id) => EDITION_STATEMENTS[edition][id]);
}

const statementOwner = new Map<string, ElementId>();
const firstEditionOf = new Map<string, Edition>();
for (const edition of EDITIONS) {
  for (const id of ELEMENT_IDS) {
    for (const s of EDITION_STATEMENTS[edition][id]) {
      statementOwner.set(s, id);
      if (!firstEditionOf.has(s)) firstEditionOf.set(s, edition);
    }
  }
}
const currentIds = new Set(editionStatementIds(CURRENT_EDITION));

/** Every statement id of every edition (retired ones included), in model order, each once. */
export const ALL_STATEMENT_IDS: readonly string[] = ELEMENT_IDS.flatMap((id) =>
  [...statementOwner].filter(([, owner]) => owner === id).map(([s]) => s),
);

/**
 * The suggested next steps offered per element and move, by number, in order (`s<n>` in the
 * locale files). Step ids are forever, like statement ids: an action made from a step records
 * its id (actions[].stepRef). A step whose meaning changed got a new number and the old one is
 * retired: its text moved to `retiredSteps` beside `steps`. Moves not listed offer s1, s2, s3.
 * Retired 2026-12 (the content review: no step repeated across elements): vms 3to4 s1 (the
 * balanced dashboard is monitoring's), vms 4to5 s2 (the perception gap is leadership's), vms 4to5
 * s3 (benchmarking is innovation's and monitoring's), lc 4to5 s3 (budgets for surprise are
 * innovation's), sc 3to4 s1 (ownership of a question is process design), sc 4to5 s3 (a visit
 * elsewhere), cu 3to4 s2 (the annual plan is the strategy's), ps 1to2 s1 (first-contact
 * resolution is measured in monitoring), ps 1to2 s3 (room to act is engagement's), ps 4to5 s2
 * and s3, mo 2to3 s3 (recommendation is not delight), mo 3to4 s2 (the perception gap).
 */
const STEP_NUMBERS: Partial<Record<ElementId, Partial<Record<LevelMove, readonly number[]>>>> = {
  'vision-mission-strategy': { '3to4': [4, 2, 3], '4to5': [1, 4, 5] },
  'leadership-commitment': { '4to5': [1, 2, 4] },
  'service-culture': { '3to4': [4, 2, 3], '4to5': [1, 2, 4] },
  'customer-understanding': { '3to4': [1, 4, 3] },
  'processes-structure': { '1to2': [4, 2, 5], '4to5': [1, 4, 5] },
  monitoring: { '2to3': [1, 2, 4], '3to4': [1, 4, 3] },
};
const FIRST_STEPS = [1, 2, 3] as const;

/** The retired steps, as [element, move, number]: their texts stay under `retiredSteps`. */
const RETIRED_STEPS: readonly (readonly [ElementId, LevelMove, number])[] = [
  ['vision-mission-strategy', '3to4', 1],
  ['vision-mission-strategy', '4to5', 2],
  ['vision-mission-strategy', '4to5', 3],
  ['leadership-commitment', '4to5', 3],
  ['service-culture', '3to4', 1],
  ['service-culture', '4to5', 3],
  ['customer-understanding', '3to4', 2],
  ['processes-structure', '1to2', 1],
  ['processes-structure', '1to2', 3],
  ['processes-structure', '4to5', 2],
  ['processes-structure', '4to5', 3],
  ['monitoring', '2to3', 3],
  ['monitoring', '3to4', 2],
];

/** One suggested next step: its permanent id and the keys of its texts. */
export interface StepDef {
  /** Permanent, e.g. 'ps-1to2-s4'. */
  id: string;
  elementId: ElementId;
  move: LevelMove;
  n: number;
  /** The step itself (namespace `framework`). */
  textKey: string;
  /** How you will know it works; null for a retired step. */
  checkKey: string | null;
  retired: boolean;
}

function stepDef(elementId: ElementId, move: LevelMove, n: number, retired: boolean): StepDef {
  return {
    id: `${getElement(elementId).code}-${move}-s${n}`,
    elementId,
    move,
    n,
    textKey: retired
      ? frameworkKeys.retiredStep(elementId, move, n)
      : frameworkKeys.nextStep(elementId, move, n),
    checkKey: retired ? null : frameworkKeys.stepCheck(elementId, move, n),
    retired,
  };
}

/** The steps offered for one element and move, in order. */
export function stepsOf(elementId: ElementId, move: LevelMove): StepDef[] {
  const numbers = STEP_NUMBERS[elementId]?.[move] ?? FIRST_STEPS;
  return numbers.map((n) => stepDef(elementId, move, n, false));
}

/** Every step ever offered, current and retired; each id once. */
export function allSteps(): StepDef[] {
  return [
    ...ELEMENT_IDS.flatMap((id) => LEVEL_MOVES.flatMap((m) => stepsOf(id, m))),
    ...RETIRED_STEPS.map(([id, m, n]) => stepDef(id, m, n, true)),
  ];
}

const byId = new Map(ELEMENTS.map((e) => [e.id, e]));

/** The element definition for an id (throws on an unknown id: callers validate first). */
export function getElement(id: ElementId): ElementDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Unknown element id: ${id}`);
  return def;
}

export function isElementId(value: unknown): value is ElementId {
  return typeof value === 'string' && byId.has(value as ElementId);
}

/** A statement id of any edition, retired ones included (saved answers may use any of them). */
export function isStatementId(value: unknown): value is string {
  return typeof value === 'string' && statementOwner.has(value);
}

/** The element a statement belongs to, or null for an unknown id. */
export function statementElement(statementId: string): ElementId | null {
  return statementOwner.get(statementId) ?? null;
}

/** The edition that introduced a statement, or null for an unknown id. */
export function statementEdition(statementId: string): Edition | null {
  return firstEditionOf.get(statementId) ?? null;
}

/** A known statement that the current edition no longer asks. */
export function isRetired(statementId: string): boolean {
  return statementOwner.has(statementId) && !currentIds.has(statementId);
}

/**
 * The terms the questionnaire uses, explained (`glossary.<id>` in the framework namespace, in
 * the assessment's customer word): on the About page and folded beside the questions.
 */
export const GLOSSARY_IDS = [
  'klantbeleving',
  'frontlijn',
  'basisbelofte',
  'eenKeer',
  'ruimte',
  'reis',
  'enthousiasme',
  'verrassen',
  'herstel',
  'ambitie',
  'directie',
  'waarden',
  'ondersteunend',
  'proceseigenaar',
  'betrokkenheid',
  'beslismomenten',
  'niveaus',
  'weetIkNiet',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

/** i18n keys (namespace `framework`) for the texts of the model. */
export const frameworkKeys = {
  dimensionName: (id: DimensionId) => `dimensions.${id}.name` as const,
  elementName: (id: ElementId) => `elements.${id}.name` as const,
  elementShortName: (id: ElementId) => `elements.${id}.short` as const,
  elementAbout: (id: ElementId) => `elements.${id}.about` as const,
  elementExcellent: (id: ElementId) => `elements.${id}.excellent` as const,
  statement: (id: ElementId, statementId: string) =>
    `elements.${id}.statements.${statementId}` as const,
  /** What evidence to look for and whom to ask (every statement of the current edition). */
  evidence: (id: ElementId, statementId: string) =>
    `elements.${id}.evidence.${statementId}` as const,
  /** Which participant groups can usually answer the statement. */
  groups: (id: ElementId, statementId: string) => `elements.${id}.groups.${statementId}` as const,
  /** The question every statement answers, so nobody rates agreement instead of practice. */
  questionStem: 'questionStem',
  /** One line per level that says what the level looks like, shown beside the statements. */
  levelCue: (level: Level) => `scale.l${level}.cue` as const,
  quickQuestion: (id: ElementId) => `elements.${id}.quick.question` as const,
  quickDescriptor: (id: ElementId, level: Level) => `elements.${id}.quick.l${level}` as const,
  nextStep: (id: ElementId, move: LevelMove, n: number) =>
    `elements.${id}.steps.${move}.s${n}` as const,
  /** How you will know a step works (every step offered today). */
  stepCheck: (id: ElementId, move: LevelMove, n: number) =>
    `elements.${id}.checks.${move}.s${n}` as const,
  /** The text of a step no longer offered, kept because actions may refer to it. */
  retiredStep: (id: ElementId, move: LevelMove, n: number) =>
    `elements.${id}.retiredSteps.${move}.s${n}` as const,
  glossaryTerm: (id: GlossaryId) => `glossary.${id}.term` as const,
  glossaryText: (id: GlossaryId) => `glossary.${id}.text` as const,
  levelName: (level: Level) => `scale.l${level}.name` as const,
  levelDescriptor: (level: Level) => `scale.l${level}.descriptor` as const,
};
