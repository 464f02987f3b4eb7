import { useTranslation } from '../../i18n/use-translation';
import { routeHref } from '../../lib/router';
import { formatIsoDate } from '../../model/format-date';
import { formatScore } from '../../model/numbers';
import type { Language } from '../../model/schema';
import type { AssessmentSummary } from '../../model/summary';

/** Assessment ids are [A-Za-z0-9_-]; prefixed so they make valid, page-unique element ids. */
const domId = (id: string) => `assessment-${id}`;

/**
 * One assessment in the library, as a card (it reads the same at 320 px as at 1280 px): its title
 * opens it; every button's accessible name ends with the title, so a screen-reader user who lists
 * the buttons knows which assessment each one acts on.
 */
export function LibraryCard({
  summary: s,
  language,
  selected,
  onSelect,
  onSave,
  onDuplicate,
  onReassess,
  onDelete,
}: {
  summary: AssessmentSummary;
  language: Language;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onSave: () => void;
  onDuplicate: () => void;
  /** Starts a follow-up assessment of this one (absent for the demo). */
  onReassess: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const id = domId(s.id);
  const titleId = `${id}-title`;
  const named = (own: string) => ({
    id: `${id}-${own}`,
    'aria-labelledby': `${id}-${own} ${titleId}`,
  });
  const open = routeHref({ name: 'assess', id: s.id, step: null });
  return (
    <li className="card assessment-list__item library-card">
      <div className="library-card__head">
        <input
          type="checkbox"
          className="library-card__check"
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          id={`${id}-select`}
          aria-labelledby={`${id}-select-label ${titleId}`}
        />
        <span id={`${id}-select-label`} className="visually-hidden">
          {t('library.select')}
        </span>
        <h3 className="assessment-list__title" id={titleId}>
          <a href={open}>{s.title}</a>
        </h3>
      </div>
      <p className="assessment-list__meta">
        {[s.organisation, t(`library.kind.${s.kind}`), t(`library.modes.${s.mode}`)].join(' · ')}
        {s.readOnly && <span className="flag">{t('library.demo')}</span>}
      </p>
      <dl className="library-card__facts">
        <div>
          <dt>{t('library.date')}</dt>
          <dd>{formatIsoDate(s.date, language)}</dd>
        </div>
        <div>
          <dt>{t('library.progress')}</dt>
          <dd>
            {t('library.progressValue', {
              answered: s.progress.answered,
              total: s.progress.total,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('library.score')}</dt>
          <dd>
            {s.overall === null ? (
              t('library.noScore')
            ) : (
              <>
                <strong className="library-card__score">{formatScore(s.overall, language)}</strong>
                {s.overallIncomplete && (
                  <span className="library-card__note"> ({t('library.incomplete')})</span>
                )}
              </>
            )}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <a className="button button--small" href={open} {...named('open')}>
          {t(s.readOnly ? 'library.view' : 'library.continue')}
        </a>
        <a
          className="button button--small button--secondary"
          href={routeHref({ name: 'results', id: s.id })}
          {...named('results')}
        >
          {t('library.results')}
        </a>
        {!s.readOnly && (
          <a
            className="button button--small button--secondary"
            href={routeHref({ name: 'details', id: s.id })}
            {...named('details')}
          >
            {t('library.editDetails')}
          </a>
        )}
        {!s.readOnly && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={onReassess}
            {...named('reassess')}
          >
            {t('library.reassess')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={onDuplicate}
          {...named('duplicate')}
        >
          {t('library.duplicate')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={onSave}
          {...named('save')}
        >
          {t('library.save')}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={onDelete}
          {...named('delete')}
        >
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
