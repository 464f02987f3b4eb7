import { useTranslation } from '../../i18n/use-translation';
import { followInPlace, routeHref } from '../../lib/router';
import { ELEMENT_IDS, type ElementId } from '../../model/framework';

/**
 * Back and Next; the last element's Next leads to the results. On a passed device (`as`) every
 * move replaces the history entry, and the last Next hands the device back.
 */
export function StepLinks({
  assessmentId,
  elementId,
  as,
}: {
  assessmentId: string;
  elementId: ElementId;
  as?: string;
}) {
  const { t } = useTranslation();
  const index = ELEMENT_IDS.indexOf(elementId);
  const previous = ELEMENT_IDS[index - 1];
  const next = ELEMENT_IDS[index + 1];
  return (
    <nav className="button-row assess-steps" aria-label={t('assess.nav.stepsLabel')}>
      {previous && (
        <a
          className="button button--secondary"
          href={routeHref({ name: 'assess', id: assessmentId, step: previous, as })}
          rel="prev"
          onClick={as === undefined ? undefined : followInPlace}
        >
          <span aria-hidden="true">← </span>
          {t('assess.nav.back')}
        </a>
      )}
      <a
        className="button assess-steps__next"
        href={
          next
            ? routeHref({ name: 'assess', id: assessmentId, step: next, as })
            : as !== undefined
              ? routeHref({ name: 'handback', id: assessmentId, participantId: as })
              : routeHref({ name: 'results', id: assessmentId })
        }
        rel={next ? 'next' : undefined}
        onClick={as === undefined ? undefined : followInPlace}
      >
        {next
          ? t('assess.nav.next')
          : as !== undefined
            ? t('assess.nav.finish')
            : t('assess.nav.toResults')}
        <span aria-hidden="true"> →</span>
      </a>
    </nav>
  );
}
