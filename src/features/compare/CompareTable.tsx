import { useTranslation } from '../../i18n/use-translation';
import { TableWrap } from '../../components/TableWrap';
import type { Comparison, OverallDelta } from '../../model/compare';
import { DIMENSIONS, frameworkKeys } from '../../model/framework';
import { formatDelta, formatScore } from '../../model/numbers';
import type { Language } from '../../model/schema';

interface Props {
  cmp: Comparison;
  nameA: string;
  nameB: string;
  lang: Language;
}

/**
 * The change from A to B per element, per dimension (over its elements scored in both) and
 * overall, each from the scores as shown. Dimensions head their groups of elements.
 */
export function CompareTable({ cmp, nameA, nameB, lang }: Props) {
  const { t } = useTranslation(['common', 'framework']);
  const none = t('compare.none');
  const score = (v: number | null) => (v === null ? none : formatScore(v, lang));
  const delta = (v: number | null) => (v === null ? none : formatDelta(v, lang));
  const over = (d: OverallDelta) => t('compare.over', { count: d.count });
  return (
    <section aria-labelledby="compare-table">
      <h2 id="compare-table">{t('compare.tableHeading')}</h2>
      <TableWrap label={t('compare.caption')}>
        <table className="data-table compare-table">
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.columns.item')}</th>
              <th scope="col" className="num">
                <abbr title={nameA}>{t('compare.columns.a')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={nameB}>{t('compare.columns.b')}</abbr>
              </th>
              <th scope="col" className="num">
                {t('compare.columns.delta')}
              </th>
            </tr>
          </thead>
          {DIMENSIONS.map((dim) => {
            const d = cmp.dimensions.find((x) => x.dimensionId === dim.id)!;
            return (
              <tbody key={dim.id} className="compare-table__group">
                <tr className="compare-table__dimension">
                  <th scope="rowgroup">
                    {t(frameworkKeys.dimensionName(dim.id), { ns: 'framework' })}{' '}
                    <span className="compare-table__count">({over(d)})</span>
                  </th>
                  <td className="num">{score(d.previous)}</td>
                  <td className="num">{score(d.current)}</td>
                  <td className="num">{delta(d.delta)}</td>
                </tr>
                {cmp.elements
                  .filter((e) => dim.elementIds.includes(e.elementId))
                  .map((e) => (
                    <tr key={e.elementId}>
                      <th scope="row" className="compare-table__element">
                        {t(frameworkKeys.elementName(e.elementId), { ns: 'framework' })}
                      </th>
                      <td className="num">{score(e.previous)}</td>
                      <td className="num">{score(e.current)}</td>
                      <td className="num">{delta(e.delta)}</td>
                    </tr>
                  ))}
              </tbody>
            );
          })}
          <tfoot>
            <tr className="compare-table__overall">
              <th scope="row">
                {t('compare.overall')}{' '}
                <span className="compare-table__count">({over(cmp.overall)})</span>
              </th>
              <td className="num">{score(cmp.overall.previous)}</td>
              <td className="num">{score(cmp.overall.current)}</td>
              <td className="num">{delta(cmp.overall.delta)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
