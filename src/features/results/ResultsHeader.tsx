import { memo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { routeHref } from '../../lib/router';
import { PageHeading } from '../../components/PageHeading';
import type { ReportModel } from '../../model/report-types';

interface Props {
  id: string;
  meta: ReportModel['meta'];
  kindText: string;
  participantCount: number;
  onSave: () => void;
  onExportCsv: () => void;
  /** Starts a reassessment; absent where the assessment cannot be changed (the demo). */
  onReassess?: () => void;
  onExportXlsx: () => void;
  /** The PDF button, supplied by the report feature. */
  pdfSlot?: ReactNode;
  /** "Compare with…". */
  compareSlot?: ReactNode;
}

/** Title, the assessment's details, and the ways out: back, save, CSV, Excel and PDF. */
export const ResultsHeader = memo(function ResultsHeader({
  id,
  meta,
  kindText,
  participantCount,
  onSave,
  onExportCsv,
  onReassess,
  onExportXlsx,
  pdfSlot,
  compareSlot,
}: Props) {
  const { t } = useTranslation();
  const details: [string, string][] = [
    [meta.labels.organisation, meta.organisation],
    [meta.labels.scope, meta.scope],
    [meta.labels.date, meta.dateText],
    [meta.labels.kind, kindText],
    [meta.labels.participants, String(participantCount)],
  ];
  return (
    <header className="results-header">
      <PageHeading>{t('results.title', { title: meta.title })}</PageHeading>
      <dl className="results-header__meta">
        {details
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <div key={label} className="results-header__meta-item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div
        className="button-row results-header__buttons"
        role="group"
        aria-label={t('results.header.buttons')}
      >
        <a
          className="button button--secondary"
          href={routeHref({ name: 'assess', id, step: null })}
        >
          {t('results.header.back')}
        </a>
        <button type="button" className="button button--secondary" onClick={onSave}>
          {t('results.header.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onExportCsv}>
          {t('results.header.csv')}
        </button>
        <button type="button" className="button button--secondary" onClick={onExportXlsx}>
          {t('results.header.xlsx')}
        </button>
        {onReassess && (
          <button type="button" className="button button--secondary" onClick={onReassess}>
            {t('results.header.reassess')}
          </button>
        )}
        <div className="results__pdf-slot">{pdfSlot}</div>
      </div>
      {compareSlot}
    </header>
  );
});
