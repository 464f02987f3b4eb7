/**
 * The response link a participant sends back: their answers, sealed with the workshop secret
 * from the invitation, in the URL fragment.
 *
 * Format version 1, body: varint edition · flags byte (bit 0 full questionnaire, bit 1 has
 * comments, bit 2 comments deflated) · workshop id · participant code · answers, 3 bits each in
 * the edition's statement order (full) or the nine elements' order (quick): 0 open, 1-5 the level,
 * 6 not applicable, 7 don't know (quick: 0-5 only) · comments (comments.ts), to the end.
 */
import { ELEMENT_IDS, type ElementId, type Level } from '../../framework';
import type { WorkshopAnswer } from '../types';
import { ByteReader, ByteWriter } from './bytes';
import { packComments, unpackComments } from './comments';
import { openFragment, sealFragment, tagMatches } from './envelope';
import { LINK_ERRORS, refuse, type Refusal } from './errors';
import { PARTICIPANT_CODE, LINK_QUESTIONNAIRES, WORKSHOP_ID, type Questionnaire } from './fields';
import { secretBytes } from './secret';

/** The newest response format this app writes; every older one stays readable. */
export const RESPONSE_VERSION = 1;

/** No response link is longer than this in all (address included): longer ones go as a file. */
export const RESPONSE_LINK_LIMIT = 1000;

/** A full questionnaire's response fragment without comments stays within this. */
export const RESPONSE_BUDGET = 110;

export interface LinkResponse {
  workshopId: string;
  code: string;
  edition: number;
  questionnaire: Questionnaire;
  /** Full questionnaire: statement id -> answer; absent is open. Empty for a quick check. */
  answers: Readonly<Record<string, WorkshopAnswer>>;
  /** Quick check: element id -> level; absent is open. Empty for a full questionnaire. */
  quickAnswers: Readonly<Partial<Record<ElementId, Level>>>;
  /** Element id or statement id -> comment. */
  comments: Readonly<Record<string, string>>;
}

/** The statements of a framework edition in their fixed order; undefined for an unknown one. */
export type StatementsOf = (edition: number) => readonly string[] | undefined;

export type ResponseEncoding = { ok: true; fragment: string } | Refusal;
export type ResponseLinkEncoding =
  | { ok: true; link: string; fragment: string }
  | { ok: false; error: typeof LINK_ERRORS.tooLong; fragment: string }
  | Refusal;
export type ResponseDecoding = { ok: true; response: LinkResponse; version: number } | Refusal;

const ANSWER_CODES: readonly (WorkshopAnswer | undefined)[] = [
  undefined,
  1,
  2,
  3,
  4,
  5,
  'na',
  'dk',
];

function answerCode(answer: WorkshopAnswer | undefined): number {
  return ANSWER_CODES.indexOf(answer);
}

/**
 * The response's fragment (put it after '#'), or a refusal when the response does not fit its
 * edition (an unknown statement or element, a bad code): that is a programming error upstream.
 */
export function encodeResponse(
  response: LinkResponse,
  secret: string,
  statementsOf: StatementsOf,
): ResponseEncoding {
  const key = secretBytes(secret);
  const statements = statementsOf(response.edition);
  if (
    key === null ||
    statements === undefined ||
    !WORKSHOP_ID.test(response.workshopId) ||
    !PARTICIPANT_CODE.test(response.code)
  ) {
    return refuse(LINK_ERRORS.invalid);
  }
  const full = response.questionnaire === 'full';
  const order: readonly string[] = full ? statements : ELEMENT_IDS;
  const given: Readonly<Record<string, WorkshopAnswer | undefined>> = full
    ? response.answers
    : response.quickAnswers;
  const other = full ? response.quickAnswers : response.answers;
  if (Object.keys(other).length > 0) return refuse(LINK_ERRORS.invalid);
  const known = new Set(order);
  if (!Object.keys(given).every((id) => known.has(id))) return refuse(LINK_ERRORS.invalid);
  const codes = order.map((id) => answerCode(given[id]));
  if (codes.some((c) => c < 0 || (!full && c > 5))) return refuse(LINK_ERRORS.invalid);

  const targets = [...ELEMENT_IDS, ...statements];
  const comments = Object.entries(response.comments)
    .filter(([, text]) => text !== '')
    .map(([id, text]) => ({ target: targets.indexOf(id), text }))
    .sort((a, b) => a.target - b.target);
  if (comments.some((c) => c.target < 0)) return refuse(LINK_ERRORS.invalid);
  const packed = comments.length > 0 ? packComments(comments) : null;

  const flags = (full ? 1 : 0) | (packed ? 2 : 0) | (packed?.deflated ? 4 : 0);
  const w = new ByteWriter()
    .varint(response.edition)
    .byte(flags)
    .string(response.workshopId)
    .string(response.code)
    .packed(codes, 3);
  if (packed) w.bytes(packed.bytes);
  return { ok: true, fragment: sealFragment('r', RESPONSE_VERSION, w.result(), key) };
}

/**
 * The whole response link, `${baseUrl}#${fragment}`; over 1,000 characters it is refused with
 * `tooLong` and the fragment, which the app then offers as a file instead.
 */
export function encodeResponseLink(
  response: LinkResponse,
  secret: string,
  statementsOf: StatementsOf,
  baseUrl: string,
): ResponseLinkEncoding {
  const encoded = encodeResponse(response, secret, statementsOf);
  if (!encoded.ok) return encoded;
  const link = `${baseUrl.replace(/#.*$/, '')}#${encoded.fragment}`;
  return link.length <= RESPONSE_LINK_LIMIT
    ? { ok: true, link, fragment: encoded.fragment }
    : { ok: false, error: LINK_ERRORS.tooLong, fragment: encoded.fragment };
}

/** What the facilitator's side knows of the workshop, to check a response against. */
export interface ResponseCheck {
  workshopId: string;
  secret: string;
  statementsOf: StatementsOf;
}

type Header = { edition: number; flags: number; workshopId: string; reader: ByteReader };

function headerV1(body: Uint8Array): Header | null {
  const reader = new ByteReader(body);
  const edition = reader.varint();
  const flags = reader.byte();
  const workshopId = reader.string(100);
  if (reader.failed) return null;
  return { edition: edition!, flags: flags!, workshopId: workshopId!, reader };
}

function restV1(h: Header, statementsOf: StatementsOf): LinkResponse | 'edition' | null {
  const { reader, flags } = h;
  if (flags >> 3 !== 0 || (flags & 6) === 4) return null;
  const code = reader.string(12);
  if (code === null || !PARTICIPANT_CODE.test(code)) return null;
  const statements = statementsOf(h.edition);
  if (statements === undefined) return 'edition';
  const full = (flags & 1) === 1;
  const order: readonly string[] = full ? statements : ELEMENT_IDS;
  const codes = reader.packed(order.length, 3);
  if (codes === null || (!full && codes.some((c) => c > 5))) return null;
  const given: Record<string, WorkshopAnswer> = {};
  codes.forEach((c, i) => {
    const answer = ANSWER_CODES[c];
    if (answer !== undefined) given[order[i]!] = answer;
  });
  const comments: Record<string, string> = {};
  if ((flags & 2) === 2) {
    const targets = [...ELEMENT_IDS, ...statements];
    const list = unpackComments(reader.bytes(reader.remaining)!, (flags & 4) === 4, targets.length);
    if (list === null || list.length === 0) return null;
    for (const c of list) comments[targets[c.target]!] = c.text;
  }
  if (reader.remaining !== 0) return null;
  return {
    workshopId: h.workshopId,
    code,
    edition: h.edition,
    questionnaire: LINK_QUESTIONNAIRES[flags & 1]!,
    answers: full ? given : {},
    quickAnswers: full ? {} : (given as Partial<Record<ElementId, Level>>),
    comments,
  };
}

interface ResponseFormat {
  header(body: Uint8Array): Header | null;
  rest(h: Header, statementsOf: StatementsOf): LinkResponse | 'edition' | null;
}

/** Decoders of every response format ever written, by version: old links open forever. */
export const RESPONSE_FORMATS: Readonly<Record<number, ResponseFormat>> = {
  1: { header: headerV1, rest: restV1 },
};

/**
 * Reads a response fragment (with or without '#') strictly, against the facilitator's workshop.
 * Refused, each by its own error: foreign, truncated, garbled (any changed character: the tag
 * does not match), otherWorkshop, newerVersion (a newer format or framework edition).
 */
export function decodeResponse(fragment: string, check: ResponseCheck): ResponseDecoding {
  const opened = openFragment('r', fragment, RESPONSE_VERSION);
  if (!opened.ok) return opened;
  const format = RESPONSE_FORMATS[opened.version];
  const header = format?.header(opened.body) ?? null;
  if (format === undefined || header === null) return refuse(LINK_ERRORS.garbled);
  // Checked before the tag: another workshop's response is sealed with another secret.
  if (header.workshopId !== check.workshopId) return refuse(LINK_ERRORS.otherWorkshop);
  const key = secretBytes(check.secret);
  if (key === null || !tagMatches('r', opened, key)) return refuse(LINK_ERRORS.garbled);
  const response = format.rest(header, check.statementsOf);
  if (response === 'edition') return refuse(LINK_ERRORS.newerVersion);
  if (response === null) return refuse(LINK_ERRORS.garbled);
  return { ok: true, response, version: opened.version };
}
