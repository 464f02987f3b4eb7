/**
 * A reassessment (MODEL.md "Comparison of two assessments"): a new assessment that starts from a
 * previous one and links to it, so its results and report can show the change since then.
 */
import { newAssessment } from './edits';
import { ELEMENT_IDS } from './framework';
import type { Assessment } from './schema';

export interface ReassessArgs {
  id: string;
  /** The single assessor's new participant id (a workshop keeps its roster). */
  participantId: string;
  /** ISO timestamp of creation. */
  now: string;
  /** The new assessment's date, YYYY-MM-DD. */
  date: string;
  /** The default title for the new date (made in the report language wherever it is shown). */
  defaultTitle: string;
  /** The edition of the questionnaire to answer (the current one for new assessments). */
  frameworkEdition: number;
}

/**
 * Copies the previous assessment's details (with the new date and a default title), its targets,
 * importance and the actions not yet done, and sets previousAssessmentId. Nothing answered is
 * copied: no answers, quick-check levels, comments, notes, agreed scores or summary text. A
 * workshop keeps its roster, groups and anonymity, with a new lock and no invitation secret (the
 * facilitator sends new invitations). The previous assessment is left untouched.
 */
export function reassessmentOf(previous: Assessment, args: ReassessArgs): Assessment {
  const fresh = newAssessment({
    id: args.id,
    kind: previous.kind,
    meta: { ...previous.meta, date: args.date, title: args.defaultTitle, titleIsDefault: true },
    participantId: args.participantId,
    now: args.now,
    frameworkEdition: args.frameworkEdition,
  });
  const elements = { ...fresh.elements };
  for (const id of ELEMENT_IDS) {
    const before = previous.elements[id];
    if (before)
      elements[id] = { ...elements[id], target: before.target, importance: before.importance };
  }
  const workshop = previous.mode === 'workshop';
  return {
    ...fresh,
    mode: previous.mode,
    participants: workshop ? previous.participants.map((p) => ({ ...p })) : fresh.participants,
    groups: workshop ? previous.groups.map((g) => ({ ...g })) : fresh.groups,
    anonymity: workshop ? previous.anonymity : fresh.anonymity,
    elements,
    actions: previous.actions
      .filter((a) => a.status !== 'done')
      .map((a) => ({
        ...a,
        stepRef: a.stepRef ? { ...a.stepRef, text: { ...a.stepRef.text } } : null,
      })),
    previousAssessmentId: previous.id,
  };
}
