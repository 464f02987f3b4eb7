import { create } from 'zustand';

/**
 * Choices for the next report export that are deliberately not saved: whether a named workshop's
 * report shows participants' names beside their codes. It starts as "codes only" in every
 * session, so a report with names is never made by accident.
 */
export const useReportChoices = create<{ participantNames: Record<string, boolean> }>(() => ({
  participantNames: {},
}));

export function setParticipantNames(assessmentId: string, on: boolean): void {
  useReportChoices.setState((s) => ({
    participantNames: { ...s.participantNames, [assessmentId]: on },
  }));
}
