import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { routeHref } from '../../lib/router';
import type { ReportModel } from '../../model/report-types';
import { ResultsSection } from './ResultsSection';

interface Props {
  id: string;
  heading: string;
  kind: ReportModel['kind'];
  notAssessed: ReportModel['notAssessed'];
}

/** Elements without a score, each with a link straight to its questions. */
export const NotAssessedList = memo(function NotAssessedList({
  id,
  heading,
  kind,
  notAssessed,
}: Props) {
  const { t } = useTranslation();
  if (notAssessed.items.length === 0) return null;
  const key =
    kind === 'quick' ? 'results.notAssessed.answerQuick' : 'results.notAssessed.answerFull';
  return (
    <ResultsSection headingId="results-not-assessed" heading={heading} deferred>
      <p>{notAssessed.text}</p>
      <ul>
        {notAssessed.items.map((item) => (
          <li key={item.id}>
            <a href={routeHref({ name: 'assess', id, step: item.id })}>
              {t(key, { element: item.name })}
            </a>
          </li>
        ))}
      </ul>
    </ResultsSection>
  );
});
