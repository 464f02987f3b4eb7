import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ReportModel } from '../../model/report-types';
import { FlagBadges } from './FlagBadges';
import { ResultsSection } from './ResultsSection';

interface Props {
  overall: ReportModel['overall'];
  kind: ReportModel['kind'];
  warnings: ReportModel['warnings'];
  warningsHeading: string;
}

/** The overall score as one line (score · level · index), its remarks and what to keep in mind. */
export const OverallSummary = memo(function OverallSummary({
  overall,
  kind,
  warnings,
  warningsHeading,
}: Props) {
  const { t } = useTranslation();
  const s = overall.score;
  return (
    <ResultsSection
      headingId="results-overall"
      heading={overall.label}
      className="results-overall card"
    >
      <p className="results-overall__value">
        <span className="results-overall__line">
          {s.value === null
            ? t('results.overall.none')
            : t('results.overall.line', { score: s.text, level: s.levelName, index: s.indexText })}
        </span>
        <FlagBadges flags={overall.flags} />
      </p>
      <p>{overall.scoredText}</p>
      {kind === 'quick' && <p className="results-overall__quick">{t('results.overall.quick')}</p>}
      {warnings.length > 0 && (
        <div className="results-warnings">
          <h3>{warningsHeading}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{w.text}</li>
            ))}
          </ul>
        </div>
      )}
    </ResultsSection>
  );
});
