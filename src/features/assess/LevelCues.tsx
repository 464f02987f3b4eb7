import { useTranslation } from '../../i18n/use-translation';
import { frameworkKeys } from '../../model/framework';
import { LevelList } from './LevelList';
import { useFrameworkText } from './use-framework-text';

/**
 * The question every statement answers and a one-line cue per level, always in view above the
 * statements: people rate how far the practice has got, not how much they agree.
 */
export function LevelCues({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  return (
    <div className="level-cues">
      <p className="level-cues__intro">
        {t('questionnaire.cues.intro', { stem: fw(frameworkKeys.questionStem) })}
      </p>
      <LevelList className="level-cues" fw={fw} text={frameworkKeys.levelCue} />
    </div>
  );
}
