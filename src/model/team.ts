/**
 * Team aggregation (MODEL.md section 3, "Team"): each participant is scored first, then the
 * team score is the mean of the unflagged participant scores, with the spread over everyone.
 * The facilitator's agreed score, when set, becomes the effective score.
 */
import { assessmentStatementIds, type EditionCarrier, type ElementId } from './framework';
import {
  participantElementScore,
  mean,
  type ParticipantElementScore,
  type ScoreSource,
} from './scoring';
import { snap } from './numbers';
import type { Assessment } from './schema';

/** A difference of this many points or more between two participants calls for a talk. */
export const DISAGREEMENT_RANGE = 2;

/** Lowest, highest and population standard deviation of a set of scores or answers. */
export interface Spread {
  /** How many values the spread covers. */
  count: number;
  min: number;
  max: number;
  /** Population standard deviation (divide by n): 2 and 4 give 1. */
  sd: number;
  /** max - min, snapped. */
  range: number;
  /** range >= 2. */
  disagreement: boolean;
}

/** The spread of a list of values, or null for an empty list. */
export function spreadOf(values: readonly number[]): Spread | null {
  const m = mean(values);
  if (m === null) return null;
  let min = Infinity;
  let max = -Infinity;
  let squares = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    squares += (v - m) ** 2;
  }
  const range = snap(max - min);
  return {
    count: values.length,
    min,
    max,
    sd: snap(Math.sqrt(squares / values.length)),
    range,
    disagreement: range >= DISAGREEMENT_RANGE,
  };
}

/** Where the team's element score came from: one source, or both among the participants. */
export type TeamSource = ScoreSource | 'mixed';

/** The team's score on one element. */
export interface TeamElementScore {
  elementId: ElementId;
  /** Every participant's own score, in participant order. */
  participants: ParticipantElementScore[];
  /** Mean of the unflagged participant scores (of all of them when all are flagged); null if none. */
  teamScore: number | null;
  /** Every participant with a score is flagged "insufficient answers", so the team score is too. */
  insufficient: boolean;
  teamSource: TeamSource | null;
  /** Participants with a score / taken into the mean / flagged. */
  participantsScored: number;
  participantsCounted: number;
  participantsFlagged: number;
  /** Over all participants with a score, flagged ones included; null when nobody has one. */
  spread: Spread | null;
  /** The facilitator's agreed score, or null. */
  agreedScore: number | null;
  /** The one score used for radar, gaps, priorities and overall: agreed if set, else team. */
  effectiveScore: number | null;
  effectiveSource: 'agreed' | 'team' | null;
  /** The effective score is the team score and it is flagged (an agreed score is never flagged). */
  effectiveInsufficient: boolean;
}

function teamSourceOf(scores: readonly ParticipantElementScore[]): TeamSource | null {
  const sources = new Set(scores.map((s) => s.source).filter((s) => s !== null));
  if (sources.size === 0) return null;
  return sources.size > 1 ? 'mixed' : [...sources][0]!;
}

/**
 * The team's score on one element from the participants' own scores and the agreed score.
 * A participant flagged "insufficient answers" shows in the spread but stays out of the mean;
 * when every participant with a score is flagged, the mean of all of them is used and flagged.
 */
export function aggregateElement(
  elementId: ElementId,
  participants: readonly ParticipantElementScore[],
  agreedScore: number | null,
): TeamElementScore {
  const withScore = participants.filter((p) => p.score !== null);
  const unflagged = withScore.filter((p) => !p.insufficient);
  const counted = unflagged.length > 0 ? unflagged : withScore;
  const teamScore = mean(counted.map((p) => p.score!));
  const insufficient = teamScore !== null && unflagged.length === 0;
  const agreed = agreedScore === null ? null : snap(agreedScore);
  return {
    elementId,
    participants: [...participants],
    teamScore,
    insufficient,
    teamSource: teamSourceOf(withScore),
    participantsScored: withScore.length,
    participantsCounted: teamScore === null ? 0 : counted.length,
    participantsFlagged: withScore.length - unflagged.length,
    spread: spreadOf(withScore.map((p) => p.score!)),
    agreedScore: agreed,
    effectiveScore: agreed ?? teamScore,
    effectiveSource: agreed !== null ? 'agreed' : teamScore !== null ? 'team' : null,
    effectiveInsufficient: agreed === null && insufficient,
  };
}

/** The team score of one element of an assessment, agreed score included. */
export function teamElementScore(assessment: Assessment, elementId: ElementId): TeamElementScore {
  const scores = assessment.participants.map((p) =>
    participantElementScore(assessment, p.id, elementId),
  );
  return aggregateElement(elementId, scores, assessment.elements[elementId]?.agreedScore ?? null);
}

/** How the team answered one statement. */
export interface StatementStats {
  statementId: string;
  elementId: ElementId;
  /** Participants who answered 1 to 5 / marked "not applicable" / left it open. */
  scored: number;
  notApplicable: number;
  open: number;
  /** Mean of the scored answers; null when nobody scored the statement. */
  /** "Don't know" answers: applicable, not scored, and reported apart from open ones. */
  dontKnow: number;
  mean: number | null;
  /** Spread of the scored answers (min, max, sd, disagreement); null when nobody scored it. */
  spread: Spread | null;
}

/** Per statement of an element, in model order: the team mean and spread of the answers. */
export function statementStats(
  assessment: Pick<Assessment, 'participants' | 'answers'> & EditionCarrier,
  elementId: ElementId,
): StatementStats[] {
  return assessmentStatementIds(assessment, elementId).map((statementId) => {
    const values: number[] = [];
    let notApplicable = 0;
    let dontKnow = 0;
    for (const p of assessment.participants) {
      const answer = assessment.answers[p.id]?.[statementId];
      if (answer === 'na') notApplicable += 1;
      else if (answer === 'dk') dontKnow += 1;
      else if (typeof answer === 'number') values.push(answer);
    }
    return {
      statementId,
      elementId,
      scored: values.length,
      notApplicable,
      dontKnow,
      open: assessment.participants.length - values.length - notApplicable - dontKnow,
      mean: mean(values),
      spread: spreadOf(values),
    };
  });
}
