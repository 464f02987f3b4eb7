/**
 * Setting up a workshop (issue 8): a new workshop assessment, the short codes suggested from a
 * participant's group, and the owner's edits of the roster and the groups. Pure: each edit returns
 * a new assessment, and the store validates it before it is kept.
 */
import { newAssessment } from '../edits';
import { CURRENT_EDITION } from '../framework';
import {
  GROUP_PRESETS,
  LIMITS,
  type Anonymity,
  type Assessment,
  type AssessmentKind,
  type AssessmentMeta,
  type Group,
  type GroupPreset,
  type Participant,
} from '../schema';

/** A workshop starts with these three groups (the schema's 'other' preset is offered, not given). */
export const WORKSHOP_PRESETS: readonly GroupPreset[] = GROUP_PRESETS.filter((p) => p !== 'other');

/** The first letter of a preset's codes: M1, E1, C1, O1. */
const PRESET_LETTER: Record<GroupPreset, string> = {
  management: 'M',
  employees: 'E',
  'customer-facing': 'C',
  other: 'O',
};

/** The groups a new workshop starts with: Management, Employees, Customer-facing staff. */
export function workshopGroups(): Group[] {
  return WORKSHOP_PRESETS.map((preset) => ({ id: preset, preset, name: '' }));
}

/** The letters a group's codes start with: its preset's letter, else its name's first letter or digit. */
export function codePrefix(group: Pick<Group, 'preset' | 'name'>): string {
  if (group.preset && !group.name) return PRESET_LETTER[group.preset];
  const letter = group.name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .charAt(0)
    .toUpperCase();
  return letter || (group.preset ? PRESET_LETTER[group.preset] : 'G');
}

/**
 * The next free code for a group: its prefix and one more than the highest number any code with
 * that prefix has (M1, M2 -> M3), so a removed M2 is never handed out again to someone else.
 */
export function suggestCode(
  group: Pick<Group, 'preset' | 'name'>,
  participants: readonly Pick<Participant, 'code'>[],
): string {
  const prefix = codePrefix(group);
  const pattern = new RegExp(`^${prefix}(\\d+)$`, 'i');
  let highest = 0;
  for (const p of participants) {
    const m = pattern.exec(p.code);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}${highest + 1}`;
}

export interface NewWorkshopArgs {
  id: string;
  kind: AssessmentKind;
  meta: AssessmentMeta;
  groups: Group[];
  participants: Participant[];
  anonymity: Anonymity;
  /** The per-workshop key of the links (makeSecret). */
  secret: string;
  now: string;
  frameworkEdition?: number;
}

/** A new workshop: mode 'workshop', the roster and groups as given, nothing answered, unlocked. */
export function newWorkshop(args: NewWorkshopArgs): Assessment {
  // The empty inputs come from newAssessment; a workshop differs only in who answers and how.
  const blank = newAssessment({
    id: args.id,
    kind: args.kind,
    meta: args.meta,
    participantId: 'unused',
    now: args.now,
    frameworkEdition: args.frameworkEdition ?? CURRENT_EDITION,
  });
  return {
    ...blank,
    mode: 'workshop',
    // Names are the facilitator's only: an anonymous workshop never stores one.
    participants: args.participants.map((p) =>
      args.anonymity === 'anonymous' ? { ...p, name: '' } : p,
    ),
    groups: args.groups,
    anonymity: args.anonymity,
    secret: args.secret,
  };
}

/** Why a roster edit was refused, as an i18n key of the workshop namespace. */
export type RosterProblem =
  | 'roster.errors.full'
  | 'roster.errors.codeTaken'
  | 'roster.errors.codeInvalid'
  | 'roster.errors.groupNotEmpty'
  | 'roster.errors.lastGroup'
  | 'roster.errors.groupsFull'
  | 'roster.errors.hasAnswers'
  | 'roster.errors.nameTooLong'
  | 'roster.errors.unknownGroup';

const CODE = /^[A-Za-z0-9-]{1,12}$/;

/** Is `code` usable for a new or renamed participant (pattern, and not taken by another)? */
export function codeProblem(
  code: string,
  participants: readonly Pick<Participant, 'id' | 'code'>[],
  ownId: string | null = null,
): RosterProblem | null {
  if (!CODE.test(code)) return 'roster.errors.codeInvalid';
  const taken = participants.some(
    (p) => p.id !== ownId && p.code.toUpperCase() === code.toUpperCase(),
  );
  return taken ? 'roster.errors.codeTaken' : null;
}

export type RosterEdit = { ok: true; value: Assessment } | { ok: false; problem: RosterProblem };

/** Adds a participant (also after the invitations went out); at most 200. */
export function withParticipant(a: Assessment, p: Participant): RosterEdit {
  if (a.participants.length >= LIMITS.participants)
    return { ok: false, problem: 'roster.errors.full' };
  const problem = codeProblem(p.code, a.participants);
  if (problem) return { ok: false, problem };
  const participant = a.anonymity === 'anonymous' ? { ...p, name: '' } : p;
  return { ok: true, value: { ...a, participants: [...a.participants, participant] } };
}

/**
 * Changes a participant's code, name or group after creation. Their answers stay theirs (they are
 * kept by participant id, not by code); the code must stay unique, the group must exist, and an
 * anonymous workshop keeps no name.
 */
export function withParticipantChange(
  a: Assessment,
  participantId: string,
  change: Partial<Pick<Participant, 'code' | 'name' | 'groupId'>>,
): RosterEdit {
  const current = a.participants.find((p) => p.id === participantId);
  if (!current) return { ok: true, value: a };
  const next = { ...current, ...change };
  if (next.code !== current.code) {
    const problem = codeProblem(next.code, a.participants, participantId);
    if (problem) return { ok: false, problem };
  }
  if (!a.groups.some((g) => g.id === next.groupId))
    return { ok: false, problem: 'roster.errors.unknownGroup' };
  if (next.name.length > LIMITS.shortText)
    return { ok: false, problem: 'roster.errors.nameTooLong' };
  if (a.anonymity === 'anonymous') next.name = '';
  return {
    ok: true,
    value: {
      ...a,
      participants: a.participants.map((p) => (p.id === participantId ? next : p)),
    },
  };
}

/** Has this participant given any answer, level or comment? */
export function hasResponse(a: Assessment, participantId: string): boolean {
  const some = (m: Record<string, Record<string, unknown>>) =>
    Object.keys(m[participantId] ?? {}).length > 0;
  return some(a.answers) || some(a.quickAnswers) || some(a.comments);
}

/** Removes a participant who has not answered (answers are never dropped by a roster edit). */
export function withoutParticipant(a: Assessment, participantId: string): RosterEdit {
  if (hasResponse(a, participantId)) return { ok: false, problem: 'roster.errors.hasAnswers' };
  return {
    ok: true,
    value: { ...a, participants: a.participants.filter((p) => p.id !== participantId) },
  };
}

/** What the group edits need: a saved workshop, or the setup form's draft. */
type Roster = Pick<Assessment, 'groups' | 'participants'>;
export type GroupEdit<T extends Roster> =
  { ok: true; value: T } | { ok: false; problem: RosterProblem };

/** Adds a group of the user's own naming. */
export function withGroup<T extends Roster>(a: T, group: Group): GroupEdit<T> {
  if (a.groups.length >= LIMITS.groups) return { ok: false, problem: 'roster.errors.groupsFull' };
  return { ok: true, value: { ...a, groups: [...a.groups, group] } };
}

/** Renames a group; '' gives a default group its translated name back. */
export function withGroupName<T extends Roster>(a: T, groupId: string, name: string): T {
  return { ...a, groups: a.groups.map((g) => (g.id === groupId ? { ...g, name } : g)) };
}

/** Removes a group nobody is in; the last group stays (every participant needs one). */
export function withoutGroup<T extends Roster>(a: T, groupId: string): GroupEdit<T> {
  if (a.participants.some((p) => p.groupId === groupId))
    return { ok: false, problem: 'roster.errors.groupNotEmpty' };
  if (a.groups.length <= 1) return { ok: false, problem: 'roster.errors.lastGroup' };
  return { ok: true, value: { ...a, groups: a.groups.filter((g) => g.id !== groupId) } };
}

/**
 * Locks (agreement starts) or unlocks the individual answers; every change is recorded with its
 * time, so an unlock during agreement stays on record.
 */
export function withLock(a: Assessment, locked: boolean, at: string): Assessment {
  if (a.lock.locked === locked) return a;
  return { ...a, lock: { locked, history: [...a.lock.history, { at, locked }] } };
}
