import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { SORT_KEYS, type LibraryQuery, type SortKey } from '../../model/library-query';
import type { AssessmentKind, Mode } from '../../model/schema';

// Spelled out rather than imported from the schema, which would bring zod into the first load.
const KINDS: readonly AssessmentKind[] = ['quick', 'full'];
const MODES: readonly Mode[] = ['single', 'workshop'];

/** Search, the two filters and the sort order, each a labelled native control. */
export function LibraryControls({
  query,
  onChange,
}: {
  query: LibraryQuery;
  onChange: (patch: Partial<LibraryQuery>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="library-controls" role="search">
      <div className="field library-controls__search">
        <label htmlFor={`${id}-search`} className="field__label">
          {t('library.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="field__input"
          value={query.search}
          autoComplete="off"
          onChange={(e) => onChange({ search: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`} className="field__label">
          {t('library.questionnaire')}
        </label>
        <select
          id={`${id}-kind`}
          className="field__input"
          value={query.kind}
          onChange={(e) => onChange({ kind: e.currentTarget.value as AssessmentKind | 'all' })}
        >
          <option value="all">{t('library.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`library.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`} className="field__label">
          {t('library.mode')}
        </label>
        <select
          id={`${id}-mode`}
          className="field__input"
          value={query.mode}
          onChange={(e) => onChange({ mode: e.currentTarget.value as Mode | 'all' })}
        >
          <option value="all">{t('library.all')}</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`library.modes.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field library-controls__sort">
        <label htmlFor={`${id}-sort`} className="field__label">
          {t('library.sort')}
        </label>
        <select
          id={`${id}-sort`}
          className="field__input"
          value={query.sort}
          onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}
        >
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`library.sortBy.${k}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
