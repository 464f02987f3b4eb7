/**
 * The one entry point for derived numbers: computeResults(assessment) gives every view what it
 * shows (team and effective element scores with flags, counts and spread, per participant
 * scores, dimensions, overall, priorities, strengths). Views never store these; they call this.
 */
import { ELEMENT_IDS, getElement, type DimensionId, type ElementId } from './framework';
import { describeScore, type ScoreValue } from './numbers';
import {
  improvementAreas,
  nextStep,
  notAssessed,
  strengths,
  type ElementPriority,
  type NextStep,
  type Strength,
} from './priorities';
import { DEFAULT_IMPORTANCE, DEFAULT_TARGET } from './element-defaults';
import type { Assessment, Participant } from './schema';
import {
  dimensionScores,
  overallScore,
  participantScores,
  type DimensionScore,
  type ElementScoreMap,
  type OverallScore,
  type ParticipantElementScore,
  type StatementCounts,
} from './scoring';
import {
  aggregateElement,
  statementStats,
  type Spread,
  type StatementStats,
  type TeamElementScore,
} from './team';

/** Everything shown about one element for the whole team. */
export interface ElementResult {
  elementId: ElementId;
  dimensionId: DimensionId;
  target: number;
  importance: number;
  /** The raw team aggregation: per participant scores, counts of participants, sources. */
  team: TeamElementScore;
  /** Mean of the (unflagged) participant scores. */
  teamScore: ScoreValue | null;
  /** The facilitator's agreed score. */
  agreed: ScoreValue | null;
  /** The one score used for radar, gaps, priorities, overall: agreed if set, else team. */
  effective: ScoreValue | null;
  effectiveSource: 'agreed' | 'team' | null;
  /** The effective score is flagged "insufficient answers". */
  insufficient: boolean;
  /** The team score is flagged (shown next to an agreed score too). */
  teamInsufficient: boolean;
  /** Statement answers summed over all participants. */
  answers: StatementCounts;
  /** Spread of the participants' element scores; null when nobody has one. */
  spread: Spread | null;
  /** max - min >= 2 between participants' element scores. */
  disagreement: boolean;
  /** Per statement in model order: team mean, spread, disagreement. */
  statements: StatementStats[];
  /** Gap and priority on the effective score; null when there is none. */
  gap: number | null;
  priority: number | null;
  /** Next steps from the level of the effective score; null when there is none. */
  nextStep: NextStep | null;
  isStrength: boolean;
  /** 1-based rank among the improvement areas, or null when it is not one. */
  improvementRank: number | null;
}

/** A participant's own element score with its display value, level and index. */
export interface ParticipantElementResult extends ParticipantElementScore {
  scoreValue: ScoreValue | null;
}

/** One participant's own results (for group comparisons and the spread view). */
export interface ParticipantResult {
  participant: Participant;
  elements: Record<ElementId, ParticipantElementResult>;
  dimensions: DimensionScore[];
  overall: OverallScore;
  /** Statement answers summed over the nine elements. */
  answers: StatementCounts;
  /** Elements with a quick-check level. */
  quickAnswered: number;
}

/** An improvement area with the next steps that suit its level. */
export interface ImprovementArea extends ElementPriority {
  rank: number;
  nextStep: NextStep;
}

/** Elements that need a remark wherever results are shown. */
export interface ResultFlags {
  /** Effective score flagged "insufficient answers". */
  insufficient: ElementId[];
  /** No effective score. */
  notAssessed: ElementId[];
  /** Participants' element scores differ by 2 or more. */
  disagreement: ElementId[];
  /** An agreed score replaces the team mean. */
  agreed: ElementId[];
}

export interface Results {
  kind: Assessment['kind'];
  participantCount: number;
  /** In model order. */
  elements: ElementResult[];
  byElement: Record<ElementId, ElementResult>;
  /** The effective score of each element (snapped), or null. */
  effectiveScores: ElementScoreMap;
  /** In model order. */
  dimensions: DimensionScore[];
  overall: OverallScore;
  /** Ranked: priority high first, then lower score, then model order. */
  improvementAreas: ImprovementArea[];
  /** In model order. */
  notAssessed: ElementId[];
  /** Up to three, highest first. */
  strengths: Strength[];
  participants: ParticipantResult[];
  flags: ResultFlags;
}

const valueOf = (score: number | null): ScoreValue | null =>
  score === null ? null : describeScore(score);

function sumCounts(items: readonly StatementCounts[]): StatementCounts {
  const total = { scored: 0, applicable: 0, total: 0 };
  for (const c of items) {
    total.scored += c.scored;
    total.applicable += c.applicable;
    total.total += c.total;
  }
  return total;
}

function participantResult(
  assessment: Assessment,
  participant: Participant,
  own: Record<ElementId, ParticipantElementScore>,
): ParticipantResult {
  const elements = {} as Record<ElementId, ParticipantElementResult>;
  const scores = {} as Record<ElementId, number | null>;
  for (const id of ELEMENT_IDS) {
    const s = own[id];
    // Listed field by field: object spread is measurably slower in this hot loop.
    elements[id] = {
      participantId: s.participantId,
      elementId: s.elementId,
      score: s.score,
      source: s.source,
      insufficient: s.insufficient,
      scored: s.scored,
      applicable: s.applicable,
      total: s.total,
      scoreValue: valueOf(s.score),
    };
    scores[id] = s.score;
  }
  const quick = assessment.quickAnswers[participant.id] ?? {};
  return {
    participant,
    elements,
    dimensions: dimensionScores(scores),
    overall: overallScore(scores),
    answers: sumCounts(ELEMENT_IDS.map((id) => own[id])),
    quickAnswered: ELEMENT_IDS.filter((id) => typeof quick[id] === 'number').length,
  };
}

/**
 * All derived results of an assessment. Pure and cheap (each participant's element scores are
 * computed once and shared by the team, participant and priority views).
 */
export function computeResults(assessment: Assessment): Results {
  const own = assessment.participants.map((p) => participantScores(assessment, p.id));
  const effectiveScores = {} as Record<ElementId, number | null>;
  const teams = ELEMENT_IDS.map((id) => {
    const team = aggregateElement(
      id,
      own.map((scores) => scores[id]),
      assessment.elements[id]?.agreedScore ?? null,
    );
    effectiveScores[id] = team.effectiveScore;
    return team;
  });

  const priorityInputs = ELEMENT_IDS.map((elementId) => ({
    elementId,
    score: effectiveScores[elementId],
    target: assessment.elements[elementId]?.target ?? DEFAULT_TARGET,
    importance: assessment.elements[elementId]?.importance ?? DEFAULT_IMPORTANCE,
  }));
  const ranked = improvementAreas(priorityInputs).map((p, i): ImprovementArea => ({
    ...p,
    rank: i + 1,
    nextStep: nextStep(p.elementId, p.score),
  }));
  const rankOf = new Map(ranked.map((a) => [a.elementId, a]));
  const strong = strengths(priorityInputs);
  const strongIds = new Set(strong.map((s) => s.elementId));

  const elements = teams.map((team, i): ElementResult => {
    const input = priorityInputs[i]!;
    const id = team.elementId;
    const area = rankOf.get(id);
    const effective = team.effectiveScore;
    return {
      elementId: id,
      dimensionId: getElement(id).dimension,
      target: input.target,
      importance: input.importance,
      team,
      teamScore: valueOf(team.teamScore),
      agreed: valueOf(team.agreedScore),
      effective: valueOf(effective),
      effectiveSource: team.effectiveSource,
      insufficient: team.effectiveInsufficient,
      teamInsufficient: team.insufficient,
      answers: sumCounts(team.participants),
      spread: team.spread,
      disagreement: team.spread?.disagreement ?? false,
      statements: statementStats(assessment, id),
      // An element with priority 0 is no improvement area but still has a gap of 0 to show.
      gap: effective === null ? null : (area?.gap ?? 0),
      priority: effective === null ? null : (area?.priority ?? 0),
      nextStep: effective === null ? null : (area?.nextStep ?? nextStep(id, effective)),
      isStrength: strongIds.has(id),
      improvementRank: area?.rank ?? null,
    };
  });

  const byElement = Object.fromEntries(elements.map((e) => [e.elementId, e])) as Record<
    ElementId,
    ElementResult
  >;
  return {
    kind: assessment.kind,
    participantCount: assessment.participants.length,
    elements,
    byElement,
    effectiveScores,
    dimensions: dimensionScores(effectiveScores),
    overall: overallScore(effectiveScores),
    improvementAreas: ranked,
    notAssessed: notAssessed(priorityInputs),
    strengths: strong,
    participants: assessment.participants.map((p, i) => participantResult(assessment, p, own[i]!)),
    flags: {
      insufficient: elements.filter((e) => e.insufficient).map((e) => e.elementId),
      notAssessed: elements.filter((e) => e.effective === null).map((e) => e.elementId),
      disagreement: elements.filter((e) => e.disagreement).map((e) => e.elementId),
      agreed: elements.filter((e) => e.effectiveSource === 'agreed').map((e) => e.elementId),
    },
  };
}
