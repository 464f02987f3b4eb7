/**
 * Response links opened with the app (#/r/...) on the facilitator's device, held for the inbox
 * of their workshop until it takes them. In memory only: a reload simply opens the link again.
 */
const pending = new Map<string, string[]>();

export function holdIncoming(assessmentId: string, fragment: string): void {
  const list = pending.get(assessmentId) ?? [];
  if (!list.includes(fragment)) list.push(fragment);
  pending.set(assessmentId, list);
}

/** The fragments held for this workshop, handed over once. */
export function takeIncoming(assessmentId: string): string[] {
  const list = pending.get(assessmentId) ?? [];
  pending.delete(assessmentId);
  return list;
}
