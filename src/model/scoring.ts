/**
 * The scoring rules of MODEL.md section 3, "Element, dimension, overall": one participant's
 * element score, and the dimension and overall scores built from any set of element scores
 * (the team's effective scores, or one participant's, for group comparisons).
 */
import {
  assessmentStatementIds,
  DIMENSIONS,
  ELEMENT_IDS,
  type DimensionId,
  type EditionCarrier,
  type ElementId,
} from './framework';
import { describeScore, snap, type ScoreValue } from './numbers';
import type { Answer, Assessment } from './schema';

/** Where a participant's element score comes from. */
export type ScoreSource = 'statements' | 'quick';

/** How many of an element's statements a participant answered. */
export interface StatementCounts {
  /** Answered on the scale 1 to 5. */
  scored: number;
  /** All statements minus those marked "not applicable". */
  applicable: number;
  /** All statements of the element. */
  total: number;
}

/** One participant's score on one element. */
export interface ParticipantElementScore extends StatementCounts {
  participantId: string;
  elementId: ElementId;
  /** The snapped score, or null when there is none. */
  score: number | null;
  /** Null exactly when score is null. */
  source: ScoreSource | null;
  /** Fewer than half of the applicable statements scored (only ever for source 'statements'). */
  insufficient: boolean;
}

/** "Fewer than half of the applicable statements are scored", in whole numbers (2 of 4 is enough). */
function lessThanHalf(scored: number, applicable: number): boolean {
  return scored * 2 < applicable;
}

/**
 * One participant's score on one element.
 * - Quick check: the chosen level (source 'quick'), never flagged; null when open.
 * - Full: the mean of the scored statements, flagged `insufficient` when fewer than half of the
 *   applicable ones are scored; null when none is scored or none is applicable.
 * - Full, converted from a quick check: while fewer than half of the applicable statements are
 *   scored, the participant's quick-check level stands in (source 'quick', unflagged); from
 *   half on, the statements rule. With no applicable statement at all, "fewer than half" cannot
 *   hold, so an all-"not applicable" element has no score even with a quick-check level.
 */
export function participantElementScore(
  assessment: Pick<Assessment, 'kind' | 'answers' | 'quickAnswers'> & EditionCarrier,
  participantId: string,
  elementId: ElementId,
): ParticipantElementScore {
  const answers: Readonly<Record<string, Answer>> | undefined = assessment.answers[participantId];
  const statementIds = assessmentStatementIds(assessment, elementId);
  const total = statementIds.length;
  let scored = 0;
  let notApplicable = 0;
  let sum = 0;
  for (const id of statementIds) {
    const answer = answers?.[id];
    if (answer === 'na') notApplicable += 1;
    else if (typeof answer === 'number') {
      scored += 1;
      sum += answer;
    }
    // Absent means open or "don't know": applicable but not scored.
  }
  const applicable = total - notApplicable;
  const quick = assessment.quickAnswers[participantId]?.[elementId];
  const few = lessThanHalf(scored, applicable);
  // Built in one place with a fixed shape: this runs for every participant and element.
  const result = (score: number | null, source: ScoreSource | null, insufficient: boolean) => ({
    participantId,
    elementId,
    score,
    source,
    insufficient,
    scored,
    applicable,
    total,
  });

  if (assessment.kind === 'quick') {
    return typeof quick === 'number'
      ? result(snap(quick), 'quick', false)
      : result(null, null, false);
  }
  if (typeof quick === 'number' && few) return result(snap(quick), 'quick', false);
  if (scored === 0 || applicable === 0) return result(null, null, false);
  return result(snap(sum / scored), 'statements', few);
}

/** All nine element scores of one participant, keyed by element id. */
export function participantScores(
  assessment: Pick<Assessment, 'kind' | 'answers' | 'quickAnswers'> & EditionCarrier,
  participantId: string,
): Record<ElementId, ParticipantElementScore> {
  const result = {} as Record<ElementId, ParticipantElementScore>;
  for (const id of ELEMENT_IDS) result[id] = participantElementScore(assessment, participantId, id);
  return result;
}

/** The snapped mean of a non-empty list, or null for an empty one. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return snap(sum / values.length);
}

/** A dimension's score from its elements' scores. */
export interface DimensionScore {
  dimensionId: DimensionId;
  /** Mean of the scored elements; null when none of them is scored. */
  score: ScoreValue | null;
  /** One of its elements has no score. */
  incomplete: boolean;
  scoredElements: number;
  totalElements: number;
}

/** The overall score from the nine element scores. */
export interface OverallScore {
  /** Mean of the scored elements, each counting equally; null when none is scored. */
  score: ScoreValue | null;
  /** Some element has no score. */
  incomplete: boolean;
  scoredElements: number;
  totalElements: number;
}

/** Element score lookup: a snapped score or null for "no score". */
export type ElementScoreMap = Readonly<Record<ElementId, number | null>>;

function aggregate(elementIds: readonly ElementId[], scores: ElementScoreMap) {
  const scored = elementIds.map((id) => scores[id]).filter((s): s is number => s !== null);
  const m = mean(scored);
  return {
    score: m === null ? null : describeScore(m),
    incomplete: scored.length < elementIds.length,
    scoredElements: scored.length,
    totalElements: elementIds.length,
  };
}

/**
 * Dimension scores in model order: the mean of each dimension's scored elements, flagged
 * `incomplete` when one of its elements has no score.
 */
export function dimensionScores(scores: ElementScoreMap): DimensionScore[] {
  return DIMENSIONS.map((d) => ({ dimensionId: d.id, ...aggregate(d.elementIds, scores) }));
}

/**
 * The overall score: the mean of the scored elements, each of the nine counting equally (so a
 * three-element dimension weighs more than a two-element one). Incomplete when any element has
 * no score; null when none has.
 */
export function overallScore(scores: ElementScoreMap): OverallScore {
  return aggregate(ELEMENT_IDS, scores);
}
