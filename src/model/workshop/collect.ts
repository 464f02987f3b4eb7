/**
 * Between a workshop and its links: the invitation of each group, and a participant's response
 * taken into (or withdrawn from) the workshop. Pure edits: the store validates and saves.
 */
import { editionStatementIds, isEdition } from '../framework';
import type { Assessment, Group } from '../schema';
import { encodeInvitation, type Invitation, type InvitationEncoding } from './links/invitation';
import type { LinkResponse, StatementsOf } from './links/response';
import { PARTICIPANT_CODE } from './links/fields';

/** The statements of an edition this app has, for the link codecs. */
export const appStatementsOf: StatementsOf = (edition) =>
  isEdition(edition) ? editionStatementIds(edition) : undefined;

export interface GroupInvitation {
  groupId: string;
  groupName: string;
  /** The codes in the link, in roster order. */
  codes: string[];
  invitation: Invitation;
  encoding: InvitationEncoding;
}

/**
 * One invitation per group that has participants with a code, in the order of the groups.
 * Null when the workshop has no secret yet (it gets one before invitations are made).
 * @param groupName the group's name as participants should read it (a preset's translated name)
 */
export function groupInvitations(
  a: Assessment,
  groupName: (g: Group) => string,
): GroupInvitation[] | null {
  if (a.secret === null) return null;
  const out: GroupInvitation[] = [];
  for (const g of a.groups) {
    const codes = a.participants
      .filter((p) => p.groupId === g.id && PARTICIPANT_CODE.test(p.code))
      .map((p) => p.code);
    if (codes.length === 0) continue;
    const invitation: Invitation = {
      workshopId: a.id,
      edition: a.frameworkEdition,
      questionnaire: a.kind,
      customerWord: a.meta.customerWord,
      anonymity: a.anonymity,
      title: a.meta.title,
      groupName: groupName(g),
      codes: [...new Set(codes)],
      secret: a.secret,
    };
    out.push({
      groupId: g.id,
      groupName: invitation.groupName,
      codes: invitation.codes,
      invitation,
      encoding: encodeInvitation(invitation),
    });
  }
  return out;
}

/** Participants without a code cannot be invited by link (only by passing the device). */
export function participantsWithoutCode(a: Assessment): number {
  return a.participants.filter((p) => !PARTICIPANT_CODE.test(p.code)).length;
}

/** Has this participant given any answer, level or comment? */
export function hasAnswered(a: Assessment, participantId: string): boolean {
  const any = (m: Record<string, unknown> | undefined) =>
    m !== undefined && Object.keys(m).length > 0;
  return (
    any(a.answers[participantId]) ||
    any(a.quickAnswers[participantId]) ||
    any(a.comments[participantId])
  );
}

/** Who answered and who has not, in roster order. */
export function answeredCount(a: Assessment): {
  answered: number;
  total: number;
  missing: string[];
} {
  const missing = a.participants.filter((p) => !hasAnswered(a, p.id)).map((p) => p.id);
  return {
    answered: a.participants.length - missing.length,
    total: a.participants.length,
    missing,
  };
}

function without<V>(m: Record<string, V>, key: string): Record<string, V> {
  const copy = { ...m };
  delete copy[key];
  return copy;
}

/** The participant's answers removed: they count as not answered again. */
export function withoutResponse(a: Assessment, participantId: string): Assessment {
  return {
    ...a,
    answers: without(a.answers, participantId),
    quickAnswers: without(a.quickAnswers, participantId),
    comments: without(a.comments, participantId),
  };
}

/** The participant's answers replaced, as a whole, by those of the response. */
export function withResponse(a: Assessment, participantId: string, r: LinkResponse): Assessment {
  const next = withoutResponse(a, participantId);
  const put = <V>(m: Record<string, V>, value: V, size: number) =>
    size > 0 ? { ...m, [participantId]: value } : m;
  return {
    ...next,
    answers: put(next.answers, { ...r.answers }, Object.keys(r.answers).length),
    quickAnswers: put(next.quickAnswers, { ...r.quickAnswers }, Object.keys(r.quickAnswers).length),
    comments: put(next.comments, { ...r.comments }, Object.keys(r.comments).length),
  };
}

/** Are the participant's stored answers exactly those of the response (the same link again)? */
export function sameResponse(a: Assessment, participantId: string, r: LinkResponse): boolean {
  const eq = (x: Record<string, unknown> | undefined, y: Record<string, unknown>) => {
    const xs = Object.entries(x ?? {});
    return xs.length === Object.keys(y).length && xs.every(([k, v]) => y[k] === v);
  };
  return (
    eq(a.answers[participantId], r.answers) &&
    eq(a.quickAnswers[participantId], r.quickAnswers) &&
    eq(a.comments[participantId], r.comments)
  );
}
