import { useTranslation } from 'react-i18next';
import { frameworkKeys, LEVELS } from '../../model/framework';
import { useFrameworkText } from './use-framework-text';

/** "What do the levels mean?": the general scale, folded away so the statements stay in view. */
export function LevelGuide({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const fw = useFrameworkText(assessmentId);
  return (
    <details className="level-guide">
      <summary className="level-guide__summary">{t('assess.levels.summary')}</summary>
      <p>{t('assess.levels.intro')}</p>
      <dl className="level-guide__list">
        {LEVELS.map((level) => (
          <div key={level} className="level-guide__item">
            <dt>
              <span className="choice__number">{level}</span> {fw(frameworkKeys.levelName(level))}
            </dt>
            <dd>{fw(frameworkKeys.levelDescriptor(level))}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
