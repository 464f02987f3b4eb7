import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { customerWordOf, withCustomerWord, type Translate } from '../../model/customer-word';
import { useAssessments } from '../../state/assessments';

/**
 * The framework's texts in the UI language, with the assessment's own word for the customer
 * (tenant, resident, ...). The keys are built at run time (frameworkKeys), which the typed t()
 * cannot check statically; this keeps the one cast in one place.
 * @param assessmentId whose customer word to use; without one (or for an unknown one) 'customer'
 */
export function useFrameworkText(assessmentId?: string): (key: string) => string {
  const { t } = useTranslation('framework');
  const word = useAssessments((s) => customerWordOf(assessmentId ? s.byId[assessmentId] : null));
  const raw = useCallback<Translate>(
    (key, vars) => String(t(key as never, { ns: 'framework', ...vars })),
    [t],
  );
  const wrapped = useMemo(() => withCustomerWord(raw, word), [raw, word]);
  return useCallback((key: string) => wrapped(key), [wrapped]);
}
