import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { followInPlace, routeHref } from '../../lib/router';
import { DIMENSIONS, frameworkKeys, type ElementId } from '../../model/framework';
import type { AssessmentKind } from '../../model/schema';
import { useProgress } from './use-assess-selectors';
import { useFrameworkText } from './use-framework-text';

interface Props {
  assessmentId: string;
  participantId: string;
  kind: AssessmentKind;
  current: ElementId;
  /** A participant on a passed device: links carry them and replace the history entry. */
  as?: string;
}

/** Wide enough for the list to sit beside the questions, open; narrower, it folds away. */
const WIDE = '(min-width: 60rem)';

function isWide(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches;
}

/**
 * Jump to any element: the nine grouped by dimension, each with its progress. A <details>
 * disclosure that starts open on wide screens and closed on phones.
 */
export function ElementNav({ assessmentId, participantId, kind, current, as }: Props) {
  const { t } = useTranslation();
  const fw = useFrameworkText();
  const progress = useProgress(assessmentId, participantId);
  const details = useRef<HTMLDetailsElement>(null);
  // Open from the first paint on wide screens (no flash); afterwards the user's toggle rules.
  const [startOpen] = useState(() => isWide());

  useEffect(() => {
    const query = typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null;
    if (!query) return;
    const follow = (event: MediaQueryListEvent) => {
      if (details.current) details.current.open = event.matches;
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const closeOnPhone = useCallback(() => {
    if (details.current && !isWide()) details.current.open = false;
  }, []);

  return (
    <nav className="assess-nav" aria-label={t('assess.nav.label')}>
      <details ref={details} className="assess-nav__details" open={startOpen}>
        <summary className="assess-nav__summary">{t('assess.nav.summary')}</summary>
        <ul className="assess-nav__dimensions">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension.id} className="assess-nav__dimension">
              <span id={`nav-${dimension.id}`} className="assess-nav__dimension-name">
                {fw(frameworkKeys.dimensionName(dimension.id))}
              </span>
              <ol className="assess-nav__elements" aria-labelledby={`nav-${dimension.id}`}>
                {dimension.elementIds.map((elementId) => (
                  <NavItem
                    key={elementId}
                    assessmentId={assessmentId}
                    elementId={elementId}
                    kind={kind}
                    answered={progress.perElement[elementId].answered}
                    total={progress.perElement[elementId].total}
                    isCurrent={elementId === current}
                    onNavigate={closeOnPhone}
                    as={as}
                  />
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

interface ItemProps {
  assessmentId: string;
  elementId: ElementId;
  kind: AssessmentKind;
  answered: number;
  total: number;
  isCurrent: boolean;
  onNavigate: () => void;
  as: string | undefined;
}

/** One element's link; memoised on its counts so an answer re-renders one entry, not nine. */
const NavItem = memo(function NavItem({
  assessmentId,
  elementId,
  kind,
  answered,
  total,
  isCurrent,
  onNavigate,
  as,
}: ItemProps) {
  const { t } = useTranslation();
  const fw = useFrameworkText();
  const done = answered === total;
  return (
    <li>
      <a
        className={`assess-nav__link${isCurrent ? ' assess-nav__link--current' : ''}`}
        href={routeHref({ name: 'assess', id: assessmentId, step: elementId, as })}
        aria-current={isCurrent ? 'step' : undefined}
        onClick={(event) => {
          onNavigate();
          if (as !== undefined) followInPlace(event);
        }}
      >
        <span className="assess-nav__name">{fw(frameworkKeys.elementShortName(elementId))}</span>
        <span className="assess-nav__count" aria-hidden="true">
          {done && <span className="statement__check">✓ </span>}
          {kind === 'full' && t('assess.nav.count', { answered, total })}
        </span>
        <span className="visually-hidden">
          {kind === 'full'
            ? t('assess.progress.overall', { answered, total })
            : t(done ? 'assess.nav.answered' : 'assess.nav.notAnswered')}
        </span>
      </a>
    </li>
  );
});
