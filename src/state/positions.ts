import { create } from 'zustand';
import { LOCAL_PREFIX } from './rescue';

/**
 * Where the user last was in each assessment (an element id or 'results'). UI position lives
 * apart from the assessment: moving between elements must not be a write to it (no new revision,
 * no "saving", no reordered library). It is kept in one namespaced localStorage key because it
 * must survive a reload straight after a step, which an asynchronous write may not.
 */
const KEY = `${LOCAL_PREFIX}positions`;
const MAX_ENTRIES = 500;

interface PositionsState {
  byId: Record<string, string>;
}

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
  } catch {
    // Blocked or damaged: start at the first element, as for a new assessment.
    return {};
  }
}

export const usePositions = create<PositionsState>(() => ({ byId: read() }));

export function rememberPosition(assessmentId: string, step: string): void {
  if (usePositions.getState().byId[assessmentId] === step) return;
  const entries = Object.entries({ ...usePositions.getState().byId, [assessmentId]: step });
  const byId = Object.fromEntries(entries.slice(-MAX_ENTRIES));
  usePositions.setState({ byId });
  try {
    localStorage.setItem(KEY, JSON.stringify(byId));
  } catch {
    // Storage full: the position is kept for this visit only.
  }
}
