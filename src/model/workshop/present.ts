/**
 * The presentation's steps: first the invitation QR codes, then each element in three stages:
 * how many answered, the unnamed dot plot with the team score, the agreed score. Moving on from
 * an element's last stage goes to the next element's first.
 */
import { ELEMENT_IDS, type ElementId } from '../framework';
import type { Assessment } from '../schema';

export type Reveal = 0 | 1 | 2;

export interface PresentStep {
  /** 0: the invitations; 1 to 9: the elements in model order. */
  index: number;
  /** Within an element: 0 answered count, 1 dot plot and team score, 2 agreed score. */
  reveal: Reveal;
}

export const FIRST_STEP: PresentStep = { index: 0, reveal: 0 };
const LAST = ELEMENT_IDS.length;

export function isPresentStep(value: unknown): value is PresentStep {
  if (typeof value !== 'object' || value === null) return false;
  const { index, reveal } = value as Partial<PresentStep>;
  return (
    Number.isInteger(index) &&
    index! >= 0 &&
    index! <= LAST &&
    (reveal === 0 || reveal === 1 || reveal === 2) &&
    (index !== 0 || reveal === 0)
  );
}

/** One step on; the last stage of the last element stays where it is. */
export function nextStep(s: PresentStep): PresentStep {
  if (s.index === 0) return { index: 1, reveal: 0 };
  if (s.reveal < 2) return { index: s.index, reveal: (s.reveal + 1) as Reveal };
  return s.index < LAST ? { index: s.index + 1, reveal: 0 } : s;
}

/** One step back; the invitations stay where they are. */
export function previousStep(s: PresentStep): PresentStep {
  if (s.index === 0) return s;
  if (s.reveal > 0) return { index: s.index, reveal: (s.reveal - 1) as Reveal };
  return s.index === 1 ? FIRST_STEP : { index: s.index - 1, reveal: 2 };
}

/** The element a step shows, or null for the invitations. */
export function stepElement(s: PresentStep): ElementId | null {
  return s.index === 0 ? null : (ELEMENT_IDS[s.index - 1] ?? null);
}

/** How many participants answered anything of this element ("don't know" included), of all. */
export function elementAnswered(
  a: Assessment,
  elementId: ElementId,
  statementIds: readonly string[],
): { answered: number; total: number } {
  const answered = a.participants.filter((p) => {
    if (a.kind === 'quick') return a.quickAnswers[p.id]?.[elementId] !== undefined;
    const mine = a.answers[p.id] ?? {};
    return statementIds.some((s) => mine[s] !== undefined);
  }).length;
  return { answered, total: a.participants.length };
}
