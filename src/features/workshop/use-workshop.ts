import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { customerWordOf, withCustomerWord, type Translate } from '../../model/customer-word';
import { frameworkKeys, type ElementId } from '../../model/framework';
import { formatScore } from '../../model/numbers';
import type { Assessment } from '../../model/schema';
import { workshopInputOf } from '../../model/workshop/from-assessment';
import { workshopResults, type WorkshopResults } from '../../model/workshop/results';
import { uiLanguageOf } from '../../i18n/config';
import { useGroupName } from './use-group-name';

/** The workshop's results from the model, recomputed only when the assessment changes. */
export function useWorkshopResults(a: Assessment): WorkshopResults {
  const groupName = useGroupName();
  return useMemo(() => workshopResults(workshopInputOf(a, groupName)), [a, groupName]);
}

/** What useWorkshopText gives: texts and number formats in the UI language. */
export type WorkshopText = ReturnType<typeof useWorkshopText>;

/** Element and statement texts in the UI language with the workshop's word for the customer. */
export function useWorkshopText(a: Assessment) {
  const { t, i18n } = useTranslation('framework');
  const language = uiLanguageOf(i18n.resolvedLanguage);
  const word = customerWordOf(a);
  const raw = useCallback<Translate>(
    (key, vars) => String(t(key as never, { ns: 'framework', ...vars })),
    [t],
  );
  const fw = useMemo(() => withCustomerWord(raw, word), [raw, word]);
  return useMemo(
    () => ({
      language,
      element: (id: ElementId) => fw(frameworkKeys.elementName(id)),
      statement: (elementId: ElementId, id: string) => fw(frameworkKeys.statement(elementId, id)),
      score: (n: number | null) => (n === null ? '–' : formatScore(n, language)),
    }),
    [fw, language],
  );
}
