import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { uiLanguageOf } from '../../i18n/config';
import { routeHref } from '../../lib/router';
import { compareScores } from '../../model/compare';
import { frameworkKeys, type ElementId } from '../../model/framework';
import { formatIsoDate } from '../../model/format-date';
import { computeResults } from '../../model/results';
import type { Assessment } from '../../model/schema';
import { useAssessments } from '../../state/assessments';
import { CompareChart } from './CompareChart';
import { ComparePickers } from './ComparePickers';
import { CompareTable } from './CompareTable';
import './compare.css';

const sameOrganisation = (a: Assessment, b: Assessment) =>
  a.meta.organisation.trim().toLocaleLowerCase() === b.meta.organisation.trim().toLocaleLowerCase();

/**
 * Two assessments side by side (#/compare/<a>/<b>): the radar of both and the change from A to B
 * per element, dimension and overall (MODEL.md "Comparison of two assessments"). Assessments of
 * different organisations are shown only after a warning; across framework editions only the
 * element scores are compared, and the page says so.
 */
export function ComparePage({ a: aId, b: bId }: { a: string; b: string }) {
  const { t } = useTranslation(['common', 'framework']);
  const a = useAssessments((s) => s.byId[aId]);
  const b = useAssessments((s) => s.byId[bId]);
  return (
    <div className="compare-page">
      <PageHeading>{t('compare.title')}</PageHeading>
      <ComparePickers a={aId} b={bId} />
      {!a || !b ? (
        <Notice tone="warning">
          <p>{t('compare.missing')}</p>
        </Notice>
      ) : a.id === b.id ? (
        <Notice tone="warning">
          <p>{t('compare.same')}</p>
        </Notice>
      ) : (
        <Comparison a={a} b={b} />
      )}
    </div>
  );
}

function Comparison({ a, b }: { a: Assessment; b: Assessment }) {
  const { t, i18n } = useTranslation(['common', 'framework']);
  const lang = uiLanguageOf(i18n.resolvedLanguage);
  const [confirmed, setConfirmed] = useState(false);
  const view = useMemo(() => {
    const ra = computeResults(a);
    const rb = computeResults(b);
    return { ra, rb, cmp: compareScores(rb.effectiveScores, ra.effectiveScores) };
  }, [a, b]);
  const name = (x: Assessment) =>
    t('compare.name', { title: x.meta.title, date: formatIsoDate(x.meta.date, lang) });

  if (!sameOrganisation(a, b) && !confirmed) {
    return (
      <Notice tone="warning" className="compare-page__warning">
        <p>
          {t('compare.otherOrganisation', {
            a: a.meta.organisation,
            b: b.meta.organisation,
          })}
        </p>
        <button type="button" className="button" onClick={() => setConfirmed(true)}>
          {t('compare.confirm')}
        </button>
      </Notice>
    );
  }

  const shortName = (id: ElementId) => t(frameworkKeys.elementShortName(id), { ns: 'framework' });
  return (
    <>
      {a.frameworkEdition !== b.frameworkEdition && (
        <Notice className="compare-page__editions">
          <p>{t('compare.editions', { a: a.frameworkEdition, b: b.frameworkEdition })}</p>
        </Notice>
      )}
      <p>{t('compare.intro', { a: name(a), b: name(b) })}</p>
      <CompareChart
        nameA={name(a)}
        nameB={name(b)}
        cmp={view.cmp}
        flaggedA={view.ra.flags.insufficient}
        flaggedB={view.rb.flags.insufficient}
        shortName={shortName}
        lang={lang}
      />
      <CompareTable cmp={view.cmp} nameA={name(a)} nameB={name(b)} lang={lang} />
      <p className="button-row">
        <a className="button button--secondary" href={routeHref({ name: 'results', id: a.id })}>
          {t('compare.resultsOf', { name: name(a) })}
        </a>
        <a className="button button--secondary" href={routeHref({ name: 'results', id: b.id })}>
          {t('compare.resultsOf', { name: name(b) })}
        </a>
      </p>
    </>
  );
}
