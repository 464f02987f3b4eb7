/**
 * What a participant's phone keeps of a half-done response, per workshop: the code they picked
 * and, per code, their answers so far and where they were. Read back strictly: a damaged record
 * is dropped rather than shown half (it holds nothing the participant cannot answer again).
 */
import { z } from '../zod';
import { answerSchema, levelSchema } from '../schema';
import type { ElementId, Level } from '../framework';
import type { WorkshopAnswer } from './types';

export const DRAFT_VERSION = 1;

const code = z.string().regex(/^[A-Za-z0-9_-]{1,12}$/);

const draftSchema = z.object({
  answers: z.record(z.string().max(100), answerSchema),
  quickAnswers: z.record(z.string().max(100), levelSchema),
  comments: z.record(z.string().max(100), z.string().max(20_000)),
  /** The element index the participant was at, or 9 for the end. */
  step: z.number().int().min(0).max(9),
  finished: z.boolean(),
});

const recordSchema = z.object({
  v: z.literal(DRAFT_VERSION),
  code: code.nullable(),
  drafts: z.record(code, draftSchema),
});

export interface Draft {
  answers: Record<string, WorkshopAnswer>;
  quickAnswers: Partial<Record<ElementId, Level>>;
  comments: Record<string, string>;
  step: number;
  finished: boolean;
}

export interface DraftRecord {
  v: typeof DRAFT_VERSION;
  code: string | null;
  drafts: Record<string, Draft>;
}

export function emptyDraft(): Draft {
  return { answers: {}, quickAnswers: {}, comments: {}, step: 0, finished: false };
}

export function emptyDraftRecord(): DraftRecord {
  return { v: DRAFT_VERSION, code: null, drafts: {} };
}

/** The settings key of a workshop's draft on this device. */
export function draftKey(workshopId: string): string {
  return `participant:${workshopId}`;
}

/** The record stored as text, or an empty one when it is missing or not one we wrote. */
export function readDraftRecord(text: string | undefined): DraftRecord {
  if (text === undefined) return emptyDraftRecord();
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as DraftRecord) : emptyDraftRecord();
  } catch {
    return emptyDraftRecord();
  }
}
