import { useEffect, useState } from 'react';
import type { Assessment } from '../model/schema';
import { openAssessments, useAssessments } from './assessments';

/**
 * Reads the given assessments whole (the library holds only their summaries) and says when that
 * is done: true once every one of them is in memory, or could not be read (absent, unreadable).
 */
export function useOpened(ids: readonly (string | null | undefined)[]): boolean {
  const wanted = ids.filter((id): id is string => Boolean(id)).join('\n');
  const ready = useAssessments((s) => s.status !== 'loading');
  const [tried, setTried] = useState<string | null>(null);
  const allThere = useAssessments((s) =>
    wanted === '' ? true : wanted.split('\n').every((id) => id in s.byId),
  );
  useEffect(() => {
    if (!ready || allThere) return;
    let live = true;
    void openAssessments(wanted.split('\n')).then(() => {
      if (live) setTried(wanted);
    });
    return () => {
      live = false;
    };
  }, [wanted, ready, allThere]);
  return allThere || tried === wanted;
}

/** One assessment read whole on demand (a previous assessment, a comparison's other side); null while absent. */
export function useOpenedAssessment(id: string | null | undefined): Assessment | null {
  useOpened([id]);
  return useAssessments((s) => (id ? (s.byId[id] ?? null) : null));
}
