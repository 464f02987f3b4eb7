import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportModel } from '../../model/report-types';
import { ResultsSection } from './ResultsSection';

interface Props {
  details: ReportModel['details'];
}

const FIELDS = ['notes', 'strengths', 'improvements'] as const;

/**
 * What was written per element (notes and evidence, strengths, points to improve), as the PDF
 * prints it. Elements without any text are left out, and so is the section when none has any.
 */
export const ElementNotesSection = memo(function ElementNotesSection({ details }: Props) {
  const { t } = useTranslation();
  const written = details.elements.filter((e) => FIELDS.some((f) => e[f].trim() !== ''));
  if (written.length === 0) return null;
  return (
    <ResultsSection headingId="results-notes" heading={t('results.notes.heading')} deferred fold>
      <p>{t('results.notes.intro')}</p>
      <ul className="results-cards results-notes">
        {written.map((e) => (
          <li key={e.id} className="card results-card">
            <h3 className="results-card__title">{e.name}</h3>
            <dl className="results-notes__list">
              {FIELDS.filter((f) => e[f].trim() !== '').map((f) => (
                <div key={f} className="results-notes__item">
                  <dt>{details.labels[f]}</dt>
                  <dd className="results-notes__text">{e[f]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </ResultsSection>
  );
});
