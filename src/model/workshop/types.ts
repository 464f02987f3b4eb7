/**
 * The plain data the workshop model works on, so it does not depend on how responses are stored:
 * a roster of participants and each participant's element scores from src/model/scoring.
 */
import type { ElementId } from '../framework';
import type { ParticipantElementScore } from '../scoring';
import type { Answer } from '../schema';

/** One participant of a workshop, as the model needs them (no name: figures never need one). */
export interface WorkshopParticipant {
  id: string;
  /** The short code shown instead of a name, such as M1. */
  code: string;
  groupId: string;
  /** They sent a response (any answer, "don't know" and "not applicable" included). */
  answered: boolean;
}

/** A participant group, such as Management. */
export interface WorkshopGroup {
  id: string;
  name: string;
}

/** Participant id -> their nine element scores, as participantScores() gives them. */
export type ScoresByParticipant = Readonly<
  Record<string, Readonly<Record<ElementId, ParticipantElementScore>>>
>;

/** A statement's answer in a response: a level, not applicable, or don't know. Open is absent. */
export type WorkshopAnswer = Answer;
