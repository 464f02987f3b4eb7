/**
 * Search, filter and sort of the library's summaries. Pure, so the start page and its tests see
 * the same order. Text compares use the UI locale's collation, passed in as a compare function.
 */
import type { AssessmentKind, Mode } from './schema';
import type { AssessmentSummary } from './summary';

export const SORT_KEYS = ['date', 'title', 'organisation', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface LibraryQuery {
  /** Matched, case-insensitively, against title and organisation. */
  search: string;
  kind: AssessmentKind | 'all';
  mode: Mode | 'all';
  sort: SortKey;
}

export const DEFAULT_QUERY: LibraryQuery = { search: '', kind: 'all', mode: 'all', sort: 'date' };

/**
 * The summaries that match, in order: date and score highest first (no score last), title and
 * organisation A to Z; ties newest change first, so the order never depends on storage order.
 */
export function queryLibrary(
  items: readonly AssessmentSummary[],
  query: LibraryQuery,
  compareText: (a: string, b: string) => number,
): AssessmentSummary[] {
  const needle = query.search.trim().toLocaleLowerCase();
  const matches = items.filter(
    (s) =>
      (query.kind === 'all' || s.kind === query.kind) &&
      (query.mode === 'all' || s.mode === query.mode) &&
      (needle === '' ||
        s.title.toLocaleLowerCase().includes(needle) ||
        s.organisation.toLocaleLowerCase().includes(needle)),
  );
  const byUpdate = (a: AssessmentSummary, b: AssessmentSummary) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  const primary = (a: AssessmentSummary, b: AssessmentSummary): number => {
    switch (query.sort) {
      case 'date':
        return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
      case 'title':
        return compareText(a.title, b.title);
      case 'organisation':
        return compareText(a.organisation, b.organisation);
      case 'score':
        if (a.overall === b.overall) return 0;
        if (a.overall === null) return 1;
        if (b.overall === null) return -1;
        return b.overall - a.overall;
    }
  };
  return matches.sort((a, b) => primary(a, b) || byUpdate(a, b));
}
