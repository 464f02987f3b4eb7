/**
 * Everything a workshop's results show, in one pass from the plain data: team and group scores,
 * the spread per statement, the "to discuss" list and the triage. The views, the report and the
 * bench call this, so they never disagree.
 */
import { ELEMENT_IDS, statementIdsOf, type Edition, type ElementId } from '../framework';
import type { TeamElementScore } from '../team';
import { toDiscuss, type DiscussItem } from './discuss';
import { groupResults, type GroupResult } from './groups';
import { statementSpreads, type StatementSpread } from './statement-spread';
import { aggregateParticipants, type AgreedScores } from './team-scores';
import { triage, type Triage } from './triage';
import type {
  ScoresByParticipant,
  WorkshopAnswer,
  WorkshopGroup,
  WorkshopParticipant,
} from './types';

export interface WorkshopInput {
  groups: readonly WorkshopGroup[];
  participants: readonly WorkshopParticipant[];
  /** Per participant id, from participantScores(). */
  scores: ScoresByParticipant;
  /** Per participant id, their statement answers ("don't know" included); absent = open. */
  answers: Readonly<Record<string, Readonly<Record<string, WorkshopAnswer>>>>;
  agreed?: AgreedScores;
  /** The framework edition the workshop was started with (its statements are the ones shown). */
  edition: Edition;
}

export interface WorkshopResults {
  team: Record<ElementId, TeamElementScore>;
  groups: GroupResult[];
  /** Per element, its statements' spreads in statement order. */
  statements: Record<ElementId, StatementSpread[]>;
  discuss: DiscussItem[];
  triage: Triage;
}

/** The workshop's results. Groups hidden by anonymity carry no figures (see groupResults). */
export function workshopResults(input: WorkshopInput): WorkshopResults {
  const statementsOf = (id: ElementId) => statementIdsOf(input.edition, id);
  const team = aggregateParticipants(input.participants, input.scores, input.agreed);
  const responses = input.participants.map((p) => input.answers[p.id] ?? {});
  const statements = {} as Record<ElementId, StatementSpread[]>;
  for (const id of ELEMENT_IDS) statements[id] = statementSpreads(id, statementsOf(id), responses);
  const elements = ELEMENT_IDS.map((id) => team[id]);
  return {
    team,
    groups: groupResults(input.groups, input.participants, input.scores),
    statements,
    discuss: toDiscuss(
      elements,
      ELEMENT_IDS.flatMap((id) => statements[id]),
    ),
    triage: triage(elements),
  };
}
