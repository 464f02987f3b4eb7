/**
 * Why a link was refused or not made, as i18n keys (namespace `common`), one per cause so the
 * facilitator and the participant are told what happened in their language.
 */
export const LINK_ERRORS = {
  /** A character changed, added or lost in the middle: the tag or the structure does not match. */
  garbled: 'workshop.links.errors.garbled',
  /** The link ends early: cut off by a mail program, a chat app or a partial copy. */
  truncated: 'workshop.links.errors.truncated',
  /** Not an SE Radar link of the expected kind at all. */
  foreign: 'workshop.links.errors.foreign',
  /** A response for another workshop. */
  otherWorkshop: 'workshop.links.errors.otherWorkshop',
  /** Made by a newer version of the app (or for a newer framework edition): reload the app. */
  newerVersion: 'workshop.links.errors.newerVersion',
  /** A response link over 1,000 characters: offer it as a file instead. */
  tooLong: 'workshop.links.errors.tooLong',
  /** An invitation that stays over 250 characters even with the title shortened. */
  invitationTooLong: 'workshop.links.errors.invitationTooLong',
  /** The data to encode is not valid (an unknown statement, a bad code): a programming error. */
  invalid: 'workshop.links.errors.invalid',
} as const;

export type LinkError = (typeof LINK_ERRORS)[keyof typeof LINK_ERRORS];

export type Refusal = { ok: false; error: LinkError };

export function refuse(error: LinkError): Refusal {
  return { ok: false, error };
}
