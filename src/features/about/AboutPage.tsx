import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { routeHref } from '../../lib/router';
import { GlossaryList } from '../../components/Glossary';
import { PageHeading } from '../../components/PageHeading';
import { DIMENSIONS, frameworkKeys } from '../../model/framework';
import { DEFAULT_CUSTOMER_WORD, withCustomerWord } from '../../model/customer-word';
import './about.css';

const PYRAMID = ['l4', 'l3', 'l2', 'l1'] as const;
const LEAN = ['p1', 'p2', 'p3', 'p4'] as const;

/**
 * "About the model": the dimensions and elements, the pyramid, delight, the perception gap, the
 * lean service promises, the terms the questionnaire uses, and what SE Radar is not.
 */
export function AboutPage() {
  const { t } = useTranslation(['common', 'framework']);
  // The model in general terms: the default word, "customer".
  const fw = useMemo(
    () =>
      withCustomerWord(
        (key, vars) => String(t(key as never, { ns: 'framework', ...vars })),
        DEFAULT_CUSTOMER_WORD,
      ),
    [t],
  );
  return (
    <div className="about">
      <PageHeading>{t('about.title')}</PageHeading>
      <p className="about__intro">{t('about.intro')}</p>

      <section aria-labelledby="about-elements">
        <h2 id="about-elements">{t('about.elementsHeading')}</h2>
        {DIMENSIONS.map((d) => (
          <section key={d.id} aria-labelledby={`about-dim-${d.id}`}>
            <h3 id={`about-dim-${d.id}`}>{fw(frameworkKeys.dimensionName(d.id))}</h3>
            <dl className="about__list">
              {d.elementIds.map((id) => (
                <div key={id}>
                  <dt>{fw(frameworkKeys.elementName(id))}</dt>
                  <dd>{fw(frameworkKeys.elementAbout(id))}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>

      <section aria-labelledby="about-pyramid">
        <h2 id="about-pyramid">{t('about.pyramidHeading')}</h2>
        <p>{t('about.pyramidIntro')}</p>
        <ol className="about__pyramid" reversed>
          {PYRAMID.map((level) => (
            <li key={level} className={`about__pyramid-${level}`}>
              {t(`about.pyramid.${level}`)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-delight">
        <h2 id="about-delight">{t('about.delightHeading')}</h2>
        <p>{t('about.delight')}</p>
      </section>

      <section aria-labelledby="about-gap">
        <h2 id="about-gap">{t('about.gapHeading')}</h2>
        <p>{t('about.gap')}</p>
      </section>

      <section aria-labelledby="about-lean">
        <h2 id="about-lean">{t('about.leanHeading')}</h2>
        <ol>
          {LEAN.map((p) => (
            <li key={p}>{t(`about.lean.${p}`)}</li>
          ))}
        </ol>
        <p>{t('about.leanMeasure')}</p>
      </section>

      <section aria-labelledby="about-glossary">
        <h2 id="about-glossary">{t('about.glossaryHeading')}</h2>
        <GlossaryList fw={fw} />
      </section>

      <section aria-labelledby="about-disclaimer">
        <h2 id="about-disclaimer">{t('about.disclaimerHeading')}</h2>
        <p>{t('about.disclaimer')}</p>
      </section>

      <p>
        <a href={routeHref({ name: 'start' })}>{t('about.back')}</a>
      </p>
    </div>
  );
}
