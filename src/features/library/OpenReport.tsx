import { Trans } from 'react-i18next';
import { useTranslation } from '../../i18n/use-translation';
import { uiLanguageOf } from '../../i18n/config';
import { routeHref } from '../../lib/router';
import type { Problem } from '../../model/open-files';
import type { FileOutcome, Outcome } from '../../state/open-files';
import { describeField, listOf } from './describe-field';

/** The report after opening files: per file, each assessment added, kept, or refused and why. */
export function OpenReport({ outcomes }: { outcomes: readonly FileOutcome[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  const refused = outcomes.some(
    (f) => f.problem !== null || f.outcomes.some((o) => o.kind === 'refused'),
  );
  const counts = { added: 0, refused: 0 };
  for (const f of outcomes) {
    if (f.problem) counts.refused++;
    for (const o of f.outcomes) {
      if (o.kind === 'added' || o.kind === 'replaced' || o.kind === 'keptBoth') counts.added++;
      if (o.kind === 'refused') counts.refused++;
    }
  }

  const problemText = (p: Problem): string => {
    switch (p.kind) {
      case 'restore': {
        const text = t(p.error.key as 'errors.invalid', {
          ...p.error.values,
          path: p.error.path,
          defaultValue: t('errors.invalid'),
        });
        return p.where
          ? t('files.problem.where', { text, where: describeField(p.where, t) })
          : text;
      }
      case 'duplicateIds':
        return t(`files.problem.duplicate.${p.list}`, {
          items: listOf(
            p.items.map((i) =>
              i.label
                ? t('files.problem.item', { number: i.number, label: i.label })
                : String(i.number),
            ),
            language,
          ),
        });
      case 'duplicateKeys':
        return t('files.problem.twice', {
          places: listOf(
            p.places.map((r) => describeField(r, t)),
            language,
          ),
          count: p.places.length,
        });
      case 'emptyBackup':
        return t('files.problem.emptyBackup');
    }
  };

  const line = (o: Outcome) => {
    if (o.kind === 'refused') {
      const who = o.title
        ? t('files.report.titled', { title: o.title })
        : o.position !== null
          ? t('files.report.entry', { number: o.position })
          : t('files.report.theFile');
      return (
        <p>
          {t('files.report.refused', { who })} {problemText(o.problem)}
        </p>
      );
    }
    const href = routeHref({ name: 'assess', id: o.id, step: null });
    return (
      <>
        <p>
          <Trans
            i18nKey={`files.report.${o.kind}`}
            values={{ title: o.title }}
            // Trans puts the title inside the link, so it is never empty.
            // eslint-disable-next-line jsx-a11y/anchor-has-content
            components={{ open: <a href={href} /> }}
          />
        </p>
        {'leftOut' in o && o.leftOut.length > 0 && (
          <p>
            {t('files.report.leftOut', {
              fields: listOf(
                o.leftOut.map((r) => describeField(r, t)),
                language,
              ),
              count: o.leftOut.length,
            })}
          </p>
        )}
      </>
    );
  };

  return (
    <div className={`notice notice--${refused ? 'warning' : 'success'}`}>
      <h3 className="open-report__heading">
        {t('files.report.heading', { added: counts.added, count: counts.refused })}
      </h3>
      <ul className="open-report">
        {outcomes.map((f, i) => (
          <li key={`${i}-${f.name}`}>
            <strong className="open-report__file">{f.name}</strong>
            {f.problem && (
              <p>
                {t('files.report.refused', { who: t('files.report.theFile') })}{' '}
                {problemText(f.problem)}
              </p>
            )}
            {f.outcomes.length > 0 && (
              <ul>
                {f.outcomes.map((o, j) => (
                  <li key={j}>{line(o)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {refused && <p>{t('files.report.nothingElse')}</p>}
    </div>
  );
}
