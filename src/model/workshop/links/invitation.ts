/**
 * The invitation link (one per group): everything a participant's device needs to show the right
 * questionnaire and to seal a response, in the URL fragment so it never reaches a server. Never
 * the questionnaire's texts: those are in the app, by framework edition.
 *
 * Format version 1, body: varint edition · flags byte (bit 0 full questionnaire, bits 1-3 customer
 * word, bit 4 anonymous) · workshop id · title · group name · varint count, then each participant
 * code · the 16-byte secret. Strings are a varint byte count and UTF-8.
 */
import { ByteReader, ByteWriter } from './bytes';
import { openFragment, sealFragment, tagMatches } from './envelope';
import { LINK_ERRORS, refuse, type Refusal } from './errors';
import {
  LINK_ANONYMITY_LEVELS,
  LINK_CUSTOMER_WORDS,
  MAX_TEXT_BYTES,
  PARTICIPANT_CODE,
  LINK_QUESTIONNAIRES,
  WORKSHOP_ID,
  type Anonymity,
  type CustomerWord,
  type Questionnaire,
} from './fields';
import { SECRET_BYTES, secretBytes } from './secret';
import { encodeBase64Url } from './base64url';

/** The newest invitation format this app writes; every older one stays readable. */
export const INVITATION_VERSION = 1;

/** An invitation's fragment (after '#') is at most this long, so its QR code stays small. */
export const INVITATION_BUDGET = 250;

export interface Invitation {
  workshopId: string;
  /** The framework edition the workshop was started with. */
  edition: number;
  questionnaire: Questionnaire;
  customerWord: CustomerWord;
  anonymity: Anonymity;
  title: string;
  groupName: string;
  /** The codes of the group's participants, such as M1, M2. */
  codes: string[];
  /** The workshop secret (makeSecret). */
  secret: string;
}

export type InvitationEncoding =
  | {
      ok: true;
      fragment: string;
      /** The title was cut to fit the budget. */ titleShortened: boolean;
    }
  | Refusal;

export type InvitationDecoding = { ok: true; invitation: Invitation; version: number } | Refusal;

const MAX_CODES = 200;

function validInvitation(inv: Invitation): boolean {
  return (
    WORKSHOP_ID.test(inv.workshopId) &&
    Number.isInteger(inv.edition) &&
    inv.edition >= 1 &&
    inv.edition < 2 ** 28 &&
    LINK_QUESTIONNAIRES.includes(inv.questionnaire) &&
    LINK_CUSTOMER_WORDS.includes(inv.customerWord) &&
    LINK_ANONYMITY_LEVELS.includes(inv.anonymity) &&
    inv.codes.length <= MAX_CODES &&
    new Set(inv.codes).size === inv.codes.length &&
    inv.codes.every((c) => PARTICIPANT_CODE.test(c)) &&
    secretBytes(inv.secret) !== null
  );
}

function flagsOf(inv: Invitation): number {
  return (
    LINK_QUESTIONNAIRES.indexOf(inv.questionnaire) |
    (LINK_CUSTOMER_WORDS.indexOf(inv.customerWord) << 1) |
    (LINK_ANONYMITY_LEVELS.indexOf(inv.anonymity) << 4)
  );
}

function sealV1(inv: Invitation, title: string, secret: Uint8Array): string {
  const w = new ByteWriter()
    .varint(inv.edition)
    .byte(flagsOf(inv))
    .string(inv.workshopId)
    .string(title)
    .string(inv.groupName)
    .varint(inv.codes.length);
  for (const code of inv.codes) w.string(code);
  w.bytes(secret);
  return sealFragment('i', INVITATION_VERSION, w.result(), secret);
}

/** Cuts to `n` code points, with an ellipsis when anything was cut. */
function shorten(text: string, n: number): string {
  const points = [...text];
  return points.length <= n ? text : `${points.slice(0, Math.max(0, n)).join('').trimEnd()}…`;
}

/**
 * The invitation's fragment (put it after '#'). A title that would take the fragment over 250
 * characters is shortened with an ellipsis; refuses when even an empty title does not fit (too
 * many codes), or when the invitation is not valid.
 */
export function encodeInvitation(inv: Invitation, budget = INVITATION_BUDGET): InvitationEncoding {
  const secret = secretBytes(inv.secret);
  if (!validInvitation(inv) || secret === null) return refuse(LINK_ERRORS.invalid);
  const groupName = shorten(inv.groupName, 60);
  const base = { ...inv, groupName };
  const whole = sealV1(base, inv.title, secret);
  if (whole.length <= budget) return { ok: true, fragment: whole, titleShortened: false };
  // The fragment grows with the title, so find the longest title that fits by halving.
  let lo = 0;
  let hi = [...inv.title].length;
  if (sealV1(base, shorten(inv.title, 0), secret).length > budget) {
    return refuse(LINK_ERRORS.invitationTooLong);
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sealV1(base, shorten(inv.title, mid), secret).length <= budget) lo = mid;
    else hi = mid - 1;
  }
  return { ok: true, fragment: sealV1(base, shorten(inv.title, lo), secret), titleShortened: true };
}

function decodeV1(body: Uint8Array): Invitation | null {
  const r = new ByteReader(body);
  const edition = r.varint();
  const flags = r.byte();
  const workshopId = r.string(100);
  const title = r.string(MAX_TEXT_BYTES);
  const groupName = r.string(MAX_TEXT_BYTES);
  const count = r.varint();
  if (r.failed || count === null || count > MAX_CODES) return null;
  const codes: string[] = [];
  for (let i = 0; i < count; i++) codes.push(r.string(12) ?? '');
  const secret = r.bytes(SECRET_BYTES);
  if (r.failed || r.remaining !== 0 || flags === null || secret === null) return null;
  const questionnaire = LINK_QUESTIONNAIRES[flags & 1]!;
  const customerWord = LINK_CUSTOMER_WORDS[(flags >> 1) & 7];
  const anonymity = LINK_ANONYMITY_LEVELS[(flags >> 4) & 1]!;
  if (customerWord === undefined || flags >> 5 !== 0) return null;
  const inv: Invitation = {
    workshopId: workshopId!,
    edition: edition!,
    questionnaire,
    customerWord,
    anonymity,
    title: title!,
    groupName: groupName!,
    codes,
    secret: encodeBase64Url(secret),
  };
  return validInvitation(inv) ? inv : null;
}

/** Decoders of every invitation format ever written, by version: old links open forever. */
export const INVITATION_DECODERS: Readonly<
  Record<number, (body: Uint8Array) => Invitation | null>
> = { 1: decodeV1 };

/**
 * Reads an invitation fragment (with or without '#'). The tag is keyed by the secret the link
 * itself carries, so it proves the link arrived whole, not who made it. With `knowsEdition`, an
 * edition the app does not have is refused as newer.
 */
export function decodeInvitation(
  fragment: string,
  options: { knowsEdition?: (edition: number) => boolean } = {},
): InvitationDecoding {
  const opened = openFragment('i', fragment, INVITATION_VERSION);
  if (!opened.ok) return opened;
  const decode = INVITATION_DECODERS[opened.version];
  const inv = decode ? decode(opened.body) : null;
  if (inv === null) return refuse(LINK_ERRORS.garbled);
  if (!tagMatches('i', opened, secretBytes(inv.secret)!)) return refuse(LINK_ERRORS.garbled);
  // A framework edition this app does not have yet: the app needs reloading, like a newer format.
  if (options.knowsEdition && !options.knowsEdition(inv.edition)) {
    return refuse(LINK_ERRORS.newerVersion);
  }
  return { ok: true, invitation: inv, version: opened.version };
}
