/**
 * The facilitator's inbox: response links found in pasted text or files, checked against the
 * workshop one by one. Nothing is taken in here: the caller applies what is accepted, asks
 * about what would replace an earlier response, and shows every refusal by name.
 */
import type { Assessment } from '../schema';
import { appStatementsOf, hasAnswered, sameResponse, withResponse } from './collect';
import { decodeResponse, type LinkResponse } from './links/response';
import { LINK_ERRORS, type LinkError } from './links/errors';

export type InboxItem =
  /** A participant's first response: taken in. */
  | { kind: 'new'; participantId: string; code: string; response: LinkResponse }
  /** Exactly what is already collected (the same link again). */
  | { kind: 'same'; participantId: string; code: string }
  /** The participant already answered differently: ask "replace or keep". */
  | { kind: 'conflict'; participantId: string; code: string; response: LinkResponse }
  /** A valid response whose code is not (any more) on the roster. */
  | { kind: 'unknownCode'; code: string }
  /** Refused by the link codec, by name. */
  | { kind: 'refused'; error: LinkError };

/**
 * Sorts each response fragment of a batch. A later response in the same batch is compared with
 * the earlier ones, so two different responses of one participant make the second a conflict.
 * Returns the items in order and the workshop with the new responses taken in.
 */
export function sortResponses(
  a: Assessment,
  fragments: readonly string[],
): { items: InboxItem[]; next: Assessment } {
  let next = a;
  const items: InboxItem[] = [];
  for (const fragment of fragments) {
    const decoded = decodeResponse(fragment, {
      workshopId: a.id,
      secret: a.secret ?? '',
      statementsOf: appStatementsOf,
    });
    if (!decoded.ok) {
      items.push({ kind: 'refused', error: decoded.error });
      continue;
    }
    const response = decoded.response;
    const participant = next.participants.find((p) => p.code === response.code);
    if (!participant) {
      items.push({ kind: 'unknownCode', code: response.code });
      continue;
    }
    const who = { participantId: participant.id, code: participant.code };
    if (!hasAnswered(next, participant.id)) {
      next = withResponse(next, participant.id, response);
      items.push({ kind: 'new', ...who, response });
    } else if (sameResponse(next, participant.id, response)) {
      items.push({ kind: 'same', ...who });
    } else {
      items.push({ kind: 'conflict', ...who, response });
    }
  }
  return { items, next };
}

/**
 * The workshop of this browser a response belongs to, or why none: otherWorkshop when it is
 * for a workshop that is not here, the link's own fault (garbled, truncated, ...) otherwise.
 */
export function workshopOfResponse(
  fragment: string,
  assessments: readonly Assessment[],
): { ok: true; id: string; title: string } | { ok: false; error: LinkError } {
  for (const a of assessments) {
    if (a.mode !== 'workshop' || a.secret === null) continue;
    const decoded = decodeResponse(fragment, {
      workshopId: a.id,
      secret: a.secret,
      statementsOf: appStatementsOf,
    });
    if (decoded.ok || decoded.error !== LINK_ERRORS.otherWorkshop) {
      return { ok: true, id: a.id, title: a.meta.title };
    }
  }
  // The frame is checked before the workshop: a damaged link says so even without one.
  const frame = decodeResponse(fragment, {
    workshopId: '-',
    secret: '',
    statementsOf: appStatementsOf,
  });
  return { ok: false, error: frame.ok ? LINK_ERRORS.otherWorkshop : frame.error };
}
