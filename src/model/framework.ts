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

/** How many suggested next steps the content holds for each move. */
export const STEPS_PER_MOVE = 3;

export interface ElementDef {
  id: ElementId;
  dimension: DimensionId;
  /** Short code used in statement ids: `${code}-${n}`. */
  code: string;
  statementIds: readonly string[];
}

export interface DimensionDef {
  id: DimensionId;
  elementIds: readonly ElementId[];
}

const STATEMENTS_PER_ELEMENT = 5;

function el(id: ElementId, dimension: DimensionId, code: string): ElementDef {
  const statementIds = Array.from({ length: STATEMENTS_PER_ELEMENT }, (_, i) => `${code}-${i + 1}`);
  return { id, dimension, code, statementIds };
}

export const ELEMENTS: readonly ElementDef[] = [
  el('vision-mission-strategy', 'leadership', 'vms'),
  el('leadership-commitment', 'leadership', 'lc'),
  el('service-culture', 'culture', 'sc'),
  el('employee-engagement', 'culture', 'ee'),
  el('customer-understanding', 'experience', 'cu'),
  el('experience-design', 'experience', 'ed'),
  el('service-innovation', 'experience', 'si'),
  el('processes-structure', 'operations', 'ps'),
  el('monitoring', 'operations', 'mo'),
];

export const DIMENSIONS: readonly DimensionDef[] = DIMENSION_IDS.map((id) => ({
  id,
  elementIds: ELEMENTS.filter((e) => e.dimension === id).map((e) => e.id),
}));

const byId = new Map(ELEMENTS.map((e) => [e.id, e]));
const statementOwner = new Map(
  ELEMENTS.flatMap((e) => e.statementIds.map((s) => [s, e.id] as const)),
);

export const ALL_STATEMENT_IDS: readonly string[] = ELEMENTS.flatMap((e) => e.statementIds);

/** The element definition for an id (throws on an unknown id: callers validate first). */
export function getElement(id: ElementId): ElementDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Unknown element id: ${id}`);
  return def;
}

export function isElementId(value: unknown): value is ElementId {
  return typeof value === 'string' && byId.has(value as ElementId);
}

export function isStatementId(value: unknown): value is string {
  return typeof value === 'string' && statementOwner.has(value);
}

/** i18n keys (namespace `framework`) for the texts of the model. */
export const frameworkKeys = {
  dimensionName: (id: DimensionId) => `dimensions.${id}.name` as const,
  elementName: (id: ElementId) => `elements.${id}.name` as const,
  elementShortName: (id: ElementId) => `elements.${id}.short` as const,
  elementAbout: (id: ElementId) => `elements.${id}.about` as const,
  elementExcellent: (id: ElementId) => `elements.${id}.excellent` as const,
  statement: (id: ElementId, statementId: string) =>
    `elements.${id}.statements.${statementId}` as const,
  quickQuestion: (id: ElementId) => `elements.${id}.quick.question` as const,
  quickDescriptor: (id: ElementId, level: Level) => `elements.${id}.quick.l${level}` as const,
  nextStep: (id: ElementId, move: LevelMove, n: number) =>
    `elements.${id}.steps.${move}.s${n}` as const,
  levelName: (level: Level) => `scale.l${level}.name` as const,
  levelDescriptor: (level: Level) => `scale.l${level}.descriptor` as const,
};
