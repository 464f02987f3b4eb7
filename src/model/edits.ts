/**
 * Pure edits of an assessment: each returns a new assessment and leaves the input untouched,
 * so the store can validate the result and keep the previous state when it is refused.
 */
import type { ElementId, Level } from './framework';
import {
  defaultGroups,
  emptyElementInputs,
  FIRST_EDITION,
  SCHEMA_VERSION,
  type Action,
  type Answer,
  type Assessment,
  type AssessmentKind,
  type AssessmentMeta,
  type ElementInput,
} from './schema';

/** A new, empty assessment with one participant (a solo assessment is a team of one). */
export function newAssessment(args: {
  id: string;
  kind: AssessmentKind;
  meta: AssessmentMeta;
  participantId: string;
  now: string;
  /**
   * The framework edition to answer. Edition 1 when left out, as for data saved before editions
   * existed; the app's "new assessment" passes CURRENT_EDITION.
   */
  frameworkEdition?: number;
}): Assessment {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: args.kind,
    mode: 'single',
    frameworkEdition: args.frameworkEdition ?? FIRST_EDITION,
    meta: args.meta,
    participants: [
      { id: args.participantId, name: args.meta.assessor, code: 'M1', groupId: 'management' },
    ],
    groups: defaultGroups(),
    anonymity: 'named',
    secret: null,
    lock: { locked: false, history: [] },
    reportNames: false,
    answers: {},
    quickAnswers: {},
    comments: {},
    elements: emptyElementInputs(),
    actions: [],
    summaryText: '',
    summaryBasis: '',
    previousAssessmentId: null,
    readOnly: false,
    createdAt: args.now,
    updatedAt: args.now,
  };
}

/** Sets (or, with null, clears) one participant's answer to one statement. */
export function withAnswer(
  a: Assessment,
  participantId: string,
  statementId: string,
  answer: Answer | null,
): Assessment {
  const mine = { ...(a.answers[participantId] ?? {}) };
  if (answer === null) delete mine[statementId];
  else mine[statementId] = answer;
  return { ...a, answers: { ...a.answers, [participantId]: mine } };
}

/** Sets (or clears) one participant's quick-check level for an element. */
export function withQuickAnswer(
  a: Assessment,
  participantId: string,
  elementId: ElementId,
  level: Level | null,
): Assessment {
  const mine = { ...(a.quickAnswers[participantId] ?? {}) };
  if (level === null) delete mine[elementId];
  else mine[elementId] = level;
  return { ...a, quickAnswers: { ...a.quickAnswers, [participantId]: mine } };
}

export function withElementInput(
  a: Assessment,
  elementId: ElementId,
  patch: Partial<ElementInput>,
): Assessment {
  return { ...a, elements: { ...a.elements, [elementId]: { ...a.elements[elementId], ...patch } } };
}

export function withAction(a: Assessment, action: Action): Assessment {
  const exists = a.actions.some((x) => x.id === action.id);
  return {
    ...a,
    actions: exists
      ? a.actions.map((x) => (x.id === action.id ? action : x))
      : [...a.actions, action],
  };
}

/**
 * An edited action keeps the suggested step it came from while its text is unchanged, so it goes on
 * printing in the report language; once the user rewrites the text, the text is theirs.
 */
export function carryStepRef(a: Assessment, edited: Action): Action {
  const before = a.actions.find((x) => x.id === edited.id);
  if (!before?.stepRef || edited.stepRef || before.description !== edited.description)
    return edited;
  return { ...edited, stepRef: before.stepRef };
}

export function withoutAction(a: Assessment, actionId: string): Assessment {
  return { ...a, actions: a.actions.filter((x) => x.id !== actionId) };
}

/** Moves an action up (-1) or down (+1) in the plan; out-of-range moves change nothing. */
export function withActionMoved(a: Assessment, actionId: string, by: -1 | 1): Assessment {
  const from = a.actions.findIndex((x) => x.id === actionId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= a.actions.length) return a;
  const actions = [...a.actions];
  const [moved] = actions.splice(from, 1);
  if (moved) actions.splice(to, 0, moved);
  return { ...a, actions };
}

/**
 * Turns a quick check into a full assessment. Notes, targets, importance, actions and the
 * quick-check levels all stay: scoring keeps each element's quick level as its score until at
 * least half of its applicable statements are answered.
 */
export function convertToFull(a: Assessment): Assessment {
  if (a.kind === 'full') return a;
  return { ...a, kind: 'full' };
}

/** An editable copy (e.g. of the read-only demo) under a new id and title. */
export function copyOf(
  a: Assessment,
  args: { id: string; title: string; now: string },
): Assessment {
  return {
    ...(JSON.parse(JSON.stringify(a)) as Assessment),
    id: args.id,
    readOnly: false,
    // A title changed for the copy ("… (copy)") is the user's, no longer the generated default.
    meta: {
      ...a.meta,
      title: args.title,
      titleIsDefault: a.meta.titleIsDefault && args.title === a.meta.title,
    },
    createdAt: args.now,
    updatedAt: args.now,
  };
}
