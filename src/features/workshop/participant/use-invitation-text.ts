import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { withCustomerWord, type CustomerWord, type Translate } from '../../../model/customer-word';

/** The framework's texts in the UI language with the invitation's word for the customer. */
export function useInvitationText(word: CustomerWord): (key: string) => string {
  const { t } = useTranslation('framework');
  const raw = useCallback<Translate>(
    (key, vars) => String(t(key as never, { ns: 'framework', ...vars })),
    [t],
  );
  const wrapped = useMemo(() => withCustomerWord(raw, word), [raw, word]);
  return useCallback((key: string) => wrapped(key), [wrapped]);
}
