import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { uiLanguageOf } from '../../i18n/config';
import { openAssessments } from '../../state/assessments';
import {
  deleteWithUndo,
  duplicateAssessment,
  reassessById,
  saveAssessmentToFile,
  saveSelectionToFile,
  undoDelete,
  type DeletedAssessment,
} from '../../state/assessment-commands';
import { navigate } from '../../lib/router';
import { LibraryCard } from './LibraryCard';
import { LibraryControls } from './LibraryControls';
import { useLibrary } from './use-library';
import { useLibraryView } from './use-library-view';
import './library.css';

/**
 * Cards rendered at first: a library of hundreds appears as fast as one of a few (bench: "list
 * appears"), and the rest follow on one click. Search, filters and sort still cover them all.
 */
const FIRST_CARDS = 50;

type Message =
  | { kind: 'deleted'; deleted: DeletedAssessment }
  | { kind: 'info'; key: 'library.duplicated' | 'library.restored'; title: string };

/**
 * The library on the start page: every assessment in this browser, from the summaries only (no
 * assessment is parsed or scored to show the list). Search, filters and sort; per assessment open,
 * results, edit details, duplicate, save, delete with undo; a selection saved as one backup file.
 */
export function Library() {
  const { t, i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  // Many files opened at once add one assessment after the other: the list catches up at its
  // own pace instead of rendering once per file.
  const items = useDeferredValue(useLibrary());
  const { query, update, shown } = useLibraryView(items, language);
  const [limit, setLimit] = useState(FIRST_CARDS);
  const listed = shown.length > limit ? shown.slice(0, limit) : shown;
  const listRef = useRef<HTMLUListElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  // A selected assessment deleted (here or in another tab) leaves the selection.
  const present = new Set(items.map((s) => s.id));
  const chosen = [...selected].filter((x) => present.has(x));
  const shownIds = shown.map((s) => s.id);
  const allShownSelected = shownIds.length > 0 && shownIds.every((x) => selected.has(x));
  const someShownSelected = shownIds.some((x) => selected.has(x));

  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current)
      selectAllRef.current.indeterminate = someShownSelected && !allShownSelected;
  }, [someShownSelected, allShownSelected]);

  useEffect(() => {
    if (message?.kind === 'deleted') undoRef.current?.focus();
  }, [message]);

  const toggle = (ids: readonly string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const x of ids) {
        if (on) next.add(x);
        else next.delete(x);
      }
      return next;
    });

  function remove(assessmentId: string) {
    void deleteWithUndo(assessmentId).then((deleted) => {
      if (deleted) setMessage({ kind: 'deleted', deleted });
    });
  }

  function undo(deleted: DeletedAssessment) {
    void undoDelete(deleted).then(() =>
      setMessage({ kind: 'info', key: 'library.restored', title: deleted.assessment.meta.title }),
    );
  }

  function duplicate(assessmentId: string, title: string) {
    const copyTitle = t('library.copyTitle', { title });
    void duplicateAssessment(assessmentId, copyTitle).then((copy) => {
      if (copy) setMessage({ kind: 'info', key: 'library.duplicated', title: copyTitle });
    });
  }

  function startReassessment(assessmentId: string) {
    void reassessById(assessmentId, (year) => t('new.defaultTitle', { year })).then((next) => {
      if (next) navigate({ name: 'assess', id: next, step: null });
    });
  }

  function save(assessmentId: string) {
    void openAssessments([assessmentId]).then(([a]) => {
      if (a) saveAssessmentToFile(a);
    });
  }

  return (
    <section aria-labelledby="list-heading" className="assessment-list library">
      <h2 id="list-heading">{t('library.heading')}</h2>
      <div className="library__message" role="status">
        {message?.kind === 'deleted' && (
          <div className="notice notice--info library__notice">
            <p>{t('library.deleted', { title: message.deleted.assessment.meta.title })}</p>
            <button
              ref={undoRef}
              type="button"
              className="button button--small"
              onClick={() => undo(message.deleted)}
            >
              {t('library.undo')}
            </button>
          </div>
        )}
        {message?.kind === 'info' && (
          <div className="notice notice--success library__notice">
            <p>{t(message.key, { title: message.title })}</p>
          </div>
        )}
      </div>
      {items.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <>
          <LibraryControls query={query} onChange={update} />
          <p className="library__count" role="status" id={`${id}-count`}>
            {t('library.count', { shown: listed.length, count: items.length })}
          </p>
          <div className="library__selection">
            <label className="library__select-all">
              <input
                ref={selectAllRef}
                type="checkbox"
                checked={allShownSelected}
                disabled={shownIds.length === 0}
                onChange={(e) => toggle(shownIds, e.currentTarget.checked)}
              />{' '}
              {t('library.selectAll')}
            </label>
            {chosen.length > 0 ? (
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => void saveSelectionToFile(chosen)}
              >
                {t('library.saveSelected', { count: chosen.length })}
              </button>
            ) : (
              <p className="library__hint">{t('library.selectedNone')}</p>
            )}
          </div>
          {shown.length === 0 ? (
            <p>{t('library.noMatch')}</p>
          ) : (
            <ul ref={listRef} className="assessment-list__items" aria-describedby={`${id}-count`}>
              {listed.map((s) => (
                <LibraryCard
                  key={s.id}
                  summary={s}
                  language={language}
                  selected={selected.has(s.id)}
                  onSelect={(on) => toggle([s.id], on)}
                  onSave={() => save(s.id)}
                  onDuplicate={() => duplicate(s.id, s.title)}
                  onReassess={() => startReassessment(s.id)}
                  onDelete={() => remove(s.id)}
                />
              ))}
            </ul>
          )}
          {listed.length < shown.length && (
            <button
              type="button"
              className="button button--secondary library__more"
              onClick={() => {
                const first = listed.length;
                setLimit(Number.POSITIVE_INFINITY);
                // The first of the cards that appear, so keyboard users go on where they were.
                requestAnimationFrame(() => {
                  const links = listRef.current?.querySelectorAll<HTMLAnchorElement>(
                    '.assessment-list__title a',
                  );
                  links?.[first]?.focus();
                });
              }}
            >
              {t('library.showMore', { count: shown.length - listed.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
