import { useTranslation } from '../../i18n/use-translation';
import { TableWrap } from '../../components/TableWrap';
import { ELEMENT_IDS } from '../../model/framework';
import { formatDelta } from '../../model/numbers';
import type { Assessment } from '../../model/schema';
import { MIN_GROUP_ANSWERS } from '../../model/workshop/anonymity';
import { perceptionGap, GAP_FLAG } from '../../model/workshop/gaps';
import type { GroupResult } from '../../model/workshop/groups';
import type { WorkshopResults } from '../../model/workshop/results';
import { GapChart } from './GapChart';
import { useWorkshopText } from './use-workshop';

/**
 * Per group: the groups' element scores side by side, and the perception gap between each two
 * groups as a chart with its table, largest first, flagged from 1.0. Only groups with 3 answers or more are shown; a lone
 * hidden group takes the next smallest with it (the model decides, see anonymity.ts).
 */
export function GroupResults({ a, results }: { a: Assessment; results: WorkshopResults }) {
  const { t } = useTranslation('workshop');
  const text = useWorkshopText(a);
  const shown = results.groups.filter((g) => g.elements !== null);
  const hidden = results.groups.filter((g) => g.elements === null && g.members > 0);
  const pairs: [GroupResult, GroupResult][] = [];
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) pairs.push([shown[i]!, shown[j]!]);

  return (
    <section aria-labelledby="groups-heading" className="workshop-section">
      <h2 id="groups-heading">{t('results.groups.heading')}</h2>
      <p className="workshop-muted">{t('results.groups.intro', { count: MIN_GROUP_ANSWERS })}</p>
      {hidden.length > 0 && (
        <ul className="workshop-hidden-groups">
          {hidden.map((g) => (
            <li key={g.groupId}>
              {t(
                g.visibility === 'protects-another'
                  ? 'results.groups.protects'
                  : 'results.groups.tooFew',
                { name: g.name, answered: g.answered, count: MIN_GROUP_ANSWERS },
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.length === 0 ? (
        <p>{t('results.groups.none')}</p>
      ) : (
        <TableWrap label={t('results.groups.tableCaption')}>
          <table className="data-table">
            <caption>{t('results.groups.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.columns.element')}</th>
                {shown.map((g) => (
                  <th key={g.groupId} scope="col" className="num">
                    {t('results.groups.column', { name: g.name, answered: g.answered })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ELEMENT_IDS.map((id) => (
                <tr key={id}>
                  <th scope="row">{text.element(id)}</th>
                  {shown.map((g) => (
                    <td key={g.groupId} className="num">
                      {text.score(g.elements![id].teamScore)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {pairs.map(([ga, gb]) => {
        const gaps = perceptionGap(ga, gb) ?? [];
        const caption = t('results.gaps.caption', { a: ga.name, b: gb.name });
        return (
          <div key={`${ga.groupId}/${gb.groupId}`} className="workshop-gaps">
            <h3>{caption}</h3>
            <GapChart gaps={gaps} a={ga.name} b={gb.name} text={text} />
            <TableWrap label={caption}>
              <table className="data-table">
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('results.columns.element')}</th>
                    <th scope="col" className="num">
                      {ga.name}
                    </th>
                    <th scope="col" className="num">
                      {gb.name}
                    </th>
                    <th scope="col">{t('results.gaps.gap', { a: ga.name, b: gb.name })}</th>
                  </tr>
                </thead>
                <tbody>
                  {gaps.map((g) => (
                    <tr key={g.elementId} className={g.flagged ? 'workshop-gap--flagged' : ''}>
                      <th scope="row">{text.element(g.elementId)}</th>
                      <td className="num">{text.score(g.a)}</td>
                      <td className="num">{text.score(g.b)}</td>
                      <td>
                        {g.gap === null ? (
                          '–'
                        ) : (
                          <span className="gap-value">
                            {formatDelta(g.gap, text.language)}
                            {g.flagged && (
                              <span className="flag">
                                {t('results.gaps.flag', { size: text.score(GAP_FLAG) })}
                              </span>
                            )}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        );
      })}
    </section>
  );
}
