import { useTranslation } from '../../i18n/use-translation';
import { frameworkKeys } from '../../model/framework';
import { LevelList } from './LevelList';
import { useFrameworkText } from './use-framework-text';

/** "What do the levels mean?": the general scale, folded away so the statements stay in view. */
export function LevelGuide({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  return (
    <details className="level-guide">
      <summary className="level-guide__summary">{t('assess.levels.summary')}</summary>
      <p>{t('assess.levels.intro')}</p>
      <LevelList className="level-guide" fw={fw} text={frameworkKeys.levelDescriptor} />
    </details>
  );
}
