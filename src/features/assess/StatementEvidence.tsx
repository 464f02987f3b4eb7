import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { frameworkKeys, type ElementId } from '../../model/framework';
import { useFrameworkText } from './use-framework-text';

interface Props {
  assessmentId: string;
  elementId: ElementId;
  statementId: string;
}

/**
 * "What to look for": the evidence for one statement and who can usually answer it, folded away
 * so the statement stays short. Statements retired before the second edition have no such text,
 * so they show none. Memoised: answering the statement re-renders the row, not this.
 */
export const StatementEvidence = memo(function StatementEvidence({
  assessmentId,
  elementId,
  statementId,
}: Props) {
  const { t, i18n } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  const evidenceKey = frameworkKeys.evidence(elementId, statementId);
  if (!i18n.exists(evidenceKey, { ns: 'framework' })) return null;
  return (
    <details className="statement__evidence">
      <summary className="statement__evidence-summary">
        {t('questionnaire.evidence.summary')}
      </summary>
      <p>{fw(evidenceKey)}</p>
      <p>
        <strong>{t('questionnaire.evidence.groups')}</strong>{' '}
        {fw(frameworkKeys.groups(elementId, statementId))}
      </p>
    </details>
  );
});
