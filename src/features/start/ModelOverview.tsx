import { useTranslation } from '../../i18n/use-translation';
import { routeHref } from '../../lib/router';
import { DIMENSIONS, frameworkKeys } from '../../model/framework';

/** The nine elements grouped by the four dimensions, as the model presents them. */
export function ModelOverview() {
  const { t } = useTranslation(['common', 'framework']);
  return (
    <section aria-labelledby="model-heading" className="model-overview">
      <h2 id="model-heading">{t('start.modelHeading')}</h2>
      <p>{t('start.modelIntro')}</p>
      <p>
        <a href={routeHref({ name: 'about' })}>{t('about.link')}</a>
      </p>
      <div className="model-overview__grid">
        {DIMENSIONS.map((dimension) => (
          <section
            key={dimension.id}
            className="model-overview__dimension"
            aria-labelledby={`dim-${dimension.id}`}
          >
            <h3 id={`dim-${dimension.id}`}>
              {t(frameworkKeys.dimensionName(dimension.id), { ns: 'framework' })}
            </h3>
            <ul>
              {dimension.elementIds.map((id) => (
                <li key={id}>{t(frameworkKeys.elementName(id), { ns: 'framework' })}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
