import { frameworkKeys, LEVELS, type Level } from '../../model/framework';

/** The five levels as a definition list: number and name, then a text per level. */
export function LevelList({
  className,
  fw,
  text,
}: {
  className: string;
  fw: (key: string) => string;
  text: (level: Level) => string;
}) {
  return (
    <dl className={`${className}__list`}>
      {LEVELS.map((level) => (
        <div key={level} className={`${className}__item`}>
          <dt>
            <span className="choice__number">{level}</span> {fw(frameworkKeys.levelName(level))}
          </dt>
          <dd>{fw(text(level))}</dd>
        </div>
      ))}
    </dl>
  );
}
