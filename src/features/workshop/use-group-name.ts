import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Group } from '../../model/schema';

/** A group's shown name: the user's own, or the translated name of a default group. */
export function useGroupName(): (
  group: Pick<Group, 'id' | 'preset' | 'name'> | undefined,
) => string {
  const { t } = useTranslation('workshop');
  return useCallback(
    (group) => {
      if (!group) return '';
      if (group.name) return group.name;
      return group.preset ? t(`groups.${group.preset}`) : group.id;
    },
    [t],
  );
}
