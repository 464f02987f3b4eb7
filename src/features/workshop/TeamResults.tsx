import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap';
import { ELEMENT_IDS, LEVELS, type ElementId, type Level } from '../../model/framework';
import { displayScore } from '../../model/numbers';
import type { Assessment } from '../../model/schema';
import type { WorkshopResults } from '../../model/workshop/results';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { routeHref } from '../../lib/router';
import { DotPlot } from './DotPlot';
import { GroupResults } from './GroupResults';
import { PresentButton } from './slots';
import { TeamRadars } from './TeamRadar';
import { useWorkshopResults, useWorkshopText } from './use-workshop';

/**
 * The team's results: per element the team score, the agreed score, the spread, how many
 * answered and how many said "don't know"; what to discuss, largest disagreement first; the
 * unnamed dot plots; and the groups' scores and perception gaps.
 */
export function TeamResults({ id }: { id: string }) {
  const a = useAssessments((s) => s.byId[id]);
  if (!a) return null;
  return <TeamResultsView a={a} />;
}

/** Per element, how many answers of each level (quick check: the participants' levels). */
function elementCounts(r: WorkshopResults, elementId: ElementId): Record<Level, number> {
  const counts: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const p of r.team[elementId].participants) {
    if (p.score !== null && LEVELS.includes(p.score as Level)) counts[p.score as Level] += 1;
  }
  return counts;
}

function TeamResultsView({ a }: { a: Assessment }) {
  const { t } = useTranslation('workshop');
  const r = useWorkshopResults(a);
  const text = useWorkshopText(a);
  const responded = r.groups.reduce((n, g) => n + g.answered, 0);
  const dontKnow = (elementId: ElementId) =>
    r.statements[elementId].reduce((n, s) => n + s.dontKnow, 0);

  return (
    <div className="workshop-results">
      <section aria-labelledby="team-results-heading" className="workshop-section">
        <h2 id="team-results-heading">{t('results.heading')}</h2>
        <p className="workshop-summary">
          {t('roster.answered', { answered: responded, total: a.participants.length })}
        </p>
        {PresentButton && <PresentButton assessmentId={a.id} />}
        {responded > 0 && <TeamRadars a={a} results={r} />}
        {responded === 0 ? (
          <p>{t('results.noAnswers')}</p>
        ) : (
          <TableWrap label={t('results.tableCaption')}>
            <table className="data-table workshop-team-table">
              <caption>{t('results.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.element')}</th>
                  <th scope="col" className="num">
                    {t('results.columns.team')}
                  </th>
                  <th scope="col" className="num">
                    {t('results.columns.agreed')}
                  </th>
                  <th scope="col">{t('results.columns.spread')}</th>
                  <th scope="col" className="num">
                    {t('results.columns.answers')}
                  </th>
                  <th scope="col" className="num">
                    {t('results.columns.dontKnow')}
                  </th>
                  <th scope="col">{t('results.columns.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {ELEMENT_IDS.map((id) => {
                  const e = r.team[id];
                  const range = e.spread;
                  return (
                    <tr key={id}>
                      <th scope="row">{text.element(id)}</th>
                      <td className="num">
                        {text.score(e.teamScore)}
                        {e.insufficient && (
                          <span className="flag">{t('results.flags.insufficient')}</span>
                        )}
                      </td>
                      <td className="num">{text.score(e.agreedScore)}</td>
                      <td>
                        {range === null
                          ? '–'
                          : t('results.range', {
                              min: text.score(displayScore(range.min)),
                              max: text.score(displayScore(range.max)),
                            })}
                        {range !== null && range.disagreement && (
                          <span className="flag">{t('results.flags.disagreement')}</span>
                        )}
                      </td>
                      <td className="num">{e.participantsScored}</td>
                      <td className="num">{dontKnow(id)}</td>
                      <td>{e.agreedScore === null ? '' : a.elements[id].agreedReason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {responded > 0 && (
        <section aria-labelledby="discuss-heading" className="workshop-section">
          <h2 id="discuss-heading">{t('results.discuss.heading')}</h2>
          <p className="workshop-muted">{t('results.discuss.intro')}</p>
          {r.discuss.length === 0 ? (
            <p>{t('results.discuss.none')}</p>
          ) : (
            <ol className="workshop-discuss">
              {r.discuss.map((d) => (
                <li key={`${d.elementId}/${d.statementId ?? ''}`}>
                  <strong>
                    {d.statementId === null
                      ? text.element(d.elementId)
                      : text.statement(d.elementId, d.statementId)}
                  </strong>
                  {d.statementId !== null && (
                    <span className="workshop-muted"> ({text.element(d.elementId)})</span>
                  )}
                  <br />
                  {t('results.discuss.item', {
                    min: text.score(d.min),
                    max: text.score(d.max),
                    range: text.score(d.range),
                  })}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {responded > 0 && (
        <section aria-labelledby="dots-heading" className="workshop-section">
          <h2 id="dots-heading">{t('results.dots.heading')}</h2>
          <p className="workshop-muted">{t('results.dots.intro')}</p>
          {ELEMENT_IDS.map((id) => (
            <div key={id} className="workshop-dots">
              <h3>{text.element(id)}</h3>
              {a.kind === 'quick' ? (
                <DotPlot counts={elementCounts(r, id)} dontKnow={0} />
              ) : (
                <ul className="workshop-dots__list">
                  {r.statements[id].map((s) => (
                    <li key={s.statementId}>
                      <span className="workshop-dots__text">
                        {text.statement(id, s.statementId)}
                      </span>
                      <DotPlot counts={s.counts} dontKnow={s.dontKnow} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}

      {responded > 0 && <GroupResults a={a} results={r} />}
      <ReportChoice a={a} />
    </div>
  );
}

/** The way to the report (PDF, CSV), with the choice to print names in a named workshop. */
function ReportChoice({ a }: { a: Assessment }) {
  const { t } = useTranslation('workshop');
  return (
    <section aria-labelledby="report-choice-heading" className="workshop-section">
      <h2 id="report-choice-heading">{t('results.report.heading')}</h2>
      <p>{t('results.report.intro')}</p>
      {a.anonymity === 'named' && (
        <p>
          <label className="workshop-choice__option">
            <input
              type="checkbox"
              checked={a.reportNames}
              disabled={a.readOnly}
              onChange={(e) => {
                const on = e.target.checked;
                updateAssessment(a.id, (x) => ({ ...x, reportNames: on }));
              }}
            />{' '}
            {t('results.report.names')}
          </label>
        </p>
      )}
      <p>
        <a className="button" href={routeHref({ name: 'results', id: a.id })}>
          {t('results.report.open')}
        </a>
      </p>
    </section>
  );
}
