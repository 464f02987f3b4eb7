/**
 * Targets, priorities, strengths and next steps (MODEL.md section 3, "Targets, priorities,
 * strengths, next steps"). Every function takes the effective score: the agreed score when the
 * facilitator set one, else the team score.
 */
import { ELEMENT_IDS, stepsOf, type ElementId, type Level, type LevelMove } from './framework';
import { displayScore, levelOf, snap } from './numbers';

/** The lowest displayed score that makes an element a strength. */
export const STRENGTH_THRESHOLD = 3.4;
/** At most this many strengths are named. */
export const MAX_STRENGTHS = 3;

/** What ranking needs to know about one element. */
export interface PriorityInput {
  elementId: ElementId;
  /** Effective score (snapped), or null when the element has none. */
  score: number | null;
  target: number;
  importance: number;
}

/** A scored element with its gap and priority. */
export interface ElementPriority {
  elementId: ElementId;
  score: number;
  target: number;
  importance: number;
  /** max(0, target - displayed score), snapped. */
  gap: number;
  /** importance x gap, snapped. */
  priority: number;
}

const modelOrder = new Map<ElementId, number>(ELEMENT_IDS.map((id, i) => [id, i]));

function orderOf(id: ElementId): number {
  return modelOrder.get(id) ?? ELEMENT_IDS.length;
}

/**
 * Gap = max(0, target - displayed score), so the page's arithmetic checks out:
 * 2.25 shows 2.3, and 4 - 2.3 -> 1.7 (MODEL.md "Numbers as shown").
 */
export function gapOf(score: number, target: number): number {
  return snap(Math.max(0, target - displayScore(score)));
}

/** Priority = importance x gap, snapped: 3 x 1.7 -> 5.1. */
export function priorityOf(importance: number, gap: number): number {
  return snap(importance * gap);
}

/** Gap and priority of a scored element. */
export function elementPriority(input: PriorityInput & { score: number }): ElementPriority {
  const gap = gapOf(input.score, input.target);
  return { ...input, score: snap(input.score), gap, priority: priorityOf(input.importance, gap) };
}

/**
 * The ranking of improvement areas: priority high first, then lower score, then model order.
 * Element ids are unique, so this is a total order and any input order gives the same result.
 */
export function compareImprovementAreas(a: ElementPriority, b: ElementPriority): number {
  return (
    b.priority - a.priority || a.score - b.score || orderOf(a.elementId) - orderOf(b.elementId)
  );
}

/** Scored elements with priority > 0, ranked by compareImprovementAreas. */
export function improvementAreas(inputs: readonly PriorityInput[]): ElementPriority[] {
  return inputs
    .filter((i): i is PriorityInput & { score: number } => i.score !== null)
    .map(elementPriority)
    .filter((p) => p.priority > 0)
    .sort(compareImprovementAreas);
}

/** Elements without a score, in model order: listed apart as "not assessed". */
export function notAssessed(
  inputs: readonly Pick<PriorityInput, 'elementId' | 'score'>[],
): ElementId[] {
  return inputs
    .filter((i) => i.score === null)
    .map((i) => i.elementId)
    .sort((a, b) => orderOf(a) - orderOf(b));
}

/** A strength: an element whose displayed score is at least 3.4. */
export interface Strength {
  elementId: ElementId;
  score: number;
}

/**
 * Up to three elements whose displayed score is >= 3.4, highest first.
 * Choice: "highest" compares the snapped (unrounded) score, so 4.26 comes before 4.24 although
 * both show as 4.3; only exactly equal scores fall back to model order. The true mean is the
 * better measure, and it decides which three are named when more than three qualify.
 */
export function strengths(
  inputs: readonly Pick<PriorityInput, 'elementId' | 'score'>[],
): Strength[] {
  return inputs
    .filter((i): i is Strength => i.score !== null && displayScore(i.score) >= STRENGTH_THRESHOLD)
    .map((i) => ({ elementId: i.elementId, score: snap(i.score) }))
    .sort((a, b) => b.score - a.score || orderOf(a.elementId) - orderOf(b.elementId))
    .slice(0, MAX_STRENGTHS);
}

/** Which next steps suit a score. */
export interface NextStep {
  /** The level band of the displayed score. */
  level: Level;
  /** The move whose steps are offered. */
  move: LevelMove;
  /** Level 5: the "4 to 5" steps are offered as how to stay excellent. */
  stayExcellent: boolean;
  /** i18n keys (namespace `framework`) of the steps offered, in order. */
  keys: string[];
  /** The steps' permanent ids, in the same order (an action made from one records it). */
  stepIds: string[];
  /** i18n keys of "how you will know it works", in the same order. */
  checkKeys: string[];
}

const MOVE_OF_LEVEL: Record<Level, LevelMove> = {
  1: '1to2',
  2: '2to3',
  3: '3to4',
  4: '4to5',
  5: '4to5',
};

/** The next steps for an element from the level band of its displayed score. */
export function nextStep(elementId: ElementId, score: number): NextStep {
  const level = levelOf(score);
  const move = MOVE_OF_LEVEL[level];
  const steps = stepsOf(elementId, move);
  return {
    level,
    move,
    stayExcellent: level === 5,
    keys: steps.map((s) => s.textKey),
    stepIds: steps.map((s) => s.id),
    checkKeys: steps.map((s) => s.checkKey!),
  };
}
