import { useTranslation } from 'react-i18next';
import { routeHref } from '../../lib/router';
import { ELEMENT_IDS, type ElementId } from '../../model/framework';

/** Back and Next; the last element's Next leads to the results. */
export function StepLinks({
  assessmentId,
  elementId,
}: {
  assessmentId: string;
  elementId: ElementId;
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
          href={routeHref({ name: 'assess', id: assessmentId, step: previous })}
          rel="prev"
        >
          <span aria-hidden="true">← </span>
          {t('assess.nav.back')}
        </a>
      )}
      <a
        className="button assess-steps__next"
        href={
          next
            ? routeHref({ name: 'assess', id: assessmentId, step: next })
            : routeHref({ name: 'results', id: assessmentId })
        }
        rel={next ? 'next' : undefined}
      >
        {next ? t('assess.nav.next') : t('assess.nav.toResults')}
        <span aria-hidden="true"> →</span>
      </a>
    </nav>
  );
}
