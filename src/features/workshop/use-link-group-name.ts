import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../model/schema';

/** A group's name as people read it: its own name, or its preset's name in the UI language. */
export function useGroupName(): (g: Group) => string {
  const { t } = useTranslation('report');
  return useCallback(
    (g: Group) => (g.name !== '' || g.preset === null ? g.name : t(`groups.${g.preset}`)),
    [t],
  );
}
