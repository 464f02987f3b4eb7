import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The framework's texts are addressed by keys built at run time (frameworkKeys), which the
 * typed t() cannot check statically; this keeps the one cast in one place.
 */
export function useFrameworkText(): (key: string) => string {
  const { t } = useTranslation('framework');
  return useCallback((key: string) => String(t(key as never, { ns: 'framework' })), [t]);
}
