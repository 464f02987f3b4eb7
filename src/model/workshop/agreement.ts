/**
 * The agreement phase's edits (MODEL.md "Team"): triage's one step, and reading an agreed score
 * as a facilitator types it ("3,4" or "3.4").
 */
import { withElementInput } from '../edits';
import type { Assessment } from '../schema';
import type { Triage } from './triage';

/**
 * Sets every triage-accepted element's agreed score to its displayed team score, each with the
 * facilitator's one reason for them all (the report prints it beside every one).
 */
export function acceptTriage(
  a: Assessment,
  triage: Pick<Triage, 'accept'>,
  reason: string,
): Assessment {
  let next = a;
  for (const { elementId, score } of triage.accept) {
    // An element agreed meanwhile (another tab) keeps its agreed score and reason.
    if (next.elements[elementId].agreedScore !== null) continue;
    next = withElementInput(next, elementId, { agreedScore: score, agreedReason: reason });
  }
  return next;
}

export type AgreedScoreParse =
  | { ok: true; value: number }
  | { ok: false; problem: 'empty' | 'notANumber' | 'outOfRange' | 'oneDecimal' };

/**
 * An agreed score as typed: 1.0 to 5.0 with at most one decimal, with a decimal point or comma
 * ("3,4" in Dutch). "3.45" is refused rather than rounded: the team agreed a number, not a range.
 */
export function parseAgreedScore(input: string): AgreedScoreParse {
  const text = input.trim().replace(',', '.');
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, problem: 'notANumber' };
  const value = Number(text);
  if (value < 1 || value > 5) return { ok: false, problem: 'outOfRange' };
  if (!/^\d+(\.\d)?$/.test(text.replace(/(\.\d)0+$/, '$1')))
    return { ok: false, problem: 'oneDecimal' };
  return { ok: true, value: Math.round(value * 10) / 10 };
}
