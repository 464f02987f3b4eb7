import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, queryLibrary } from '../../src/model/library-query';
import type { AssessmentSummary } from '../../src/model/summary';

const s = (id: string, over: Partial<AssessmentSummary>): AssessmentSummary => ({
  id,
  title: id,
  organisation: 'Org',
  kind: 'full',
  mode: 'single',
  date: '2026-01-01',
  createdAt: '2026-01-01T09:00:00.000Z',
  frameworkEdition: 1,
  progress: { answered: 0, total: 45 },
  overall: null,
  overallIncomplete: true,
  updatedAt: '2026-01-01T00:00:00Z',
  readOnly: false,
  previousAssessmentId: null,
  ...over,
});
const items = [
  s('a', { title: 'Zomer', organisation: 'Beta', date: '2026-03-01', overall: 3.4 }),
  s('b', { title: 'Alpha', organisation: 'Acme', date: '2026-05-01', kind: 'quick' }),
  s('c', { title: 'Midden', organisation: 'Acme zorg', date: '2026-04-01', overall: 4.1 }),
];
const cmp = (x: string, y: string) => x.localeCompare(y, 'nl');
const ids = (q: Partial<typeof DEFAULT_QUERY>) =>
  queryLibrary(items, { ...DEFAULT_QUERY, ...q }, cmp).map((x) => x.id);

describe('library search, filter and sort', () => {
  it('sorts by date newest first by default', () => expect(ids({})).toEqual(['b', 'c', 'a']));
  it('sorts by title A to Z', () => expect(ids({ sort: 'title' })).toEqual(['b', 'c', 'a']));
  it('sorts by score highest first, no score last', () =>
    expect(ids({ sort: 'score' })).toEqual(['c', 'a', 'b']));
  it('searches title and organisation, ignoring case', () =>
    expect(ids({ search: 'ACME', sort: 'title' })).toEqual(['b', 'c']));
  it('filters by questionnaire', () => expect(ids({ kind: 'quick' })).toEqual(['b']));
});
