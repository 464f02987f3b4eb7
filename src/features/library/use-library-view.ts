import { useMemo, useState } from 'react';
import { DEFAULT_QUERY, queryLibrary, type LibraryQuery } from '../../model/library-query';
import type { AssessmentSummary } from '../../model/summary';
import { localeOf } from '../../model/numbers';
import type { Language } from '../../model/schema';

// One collator per language: sorting 500 titles makes thousands of comparisons.
const collators = new Map<Language, Intl.Collator>();
function collatorOf(language: Language): Intl.Collator {
  let c = collators.get(language);
  if (!c) {
    c = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true });
    collators.set(language, c);
  }
  return c;
}

/** The library's search, filters and sort (UI state: never stored), and the rows they give. */
export function useLibraryView(items: readonly AssessmentSummary[], language: Language) {
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const shown = useMemo(
    () => queryLibrary(items, query, collatorOf(language).compare),
    [items, query, language],
  );
  const update = (patch: Partial<LibraryQuery>) => setQuery((q) => ({ ...q, ...patch }));
  return { query, update, shown };
}
