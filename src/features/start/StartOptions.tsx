import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import { openDemo } from '../../state/assessment-commands';
import { uiLanguageOf } from '../../i18n/config';
import { useTimeEstimates } from '../../i18n/time-estimates';

/** The three ways in: a quick check, the full assessment, or the demo to look around first. */
export function StartOptions() {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Worked out, not guessed: the quick check's own words at 200 a minute; 30 s per statement.
  const { quickMinutes, statements, fullMinutes } = useTimeEstimates();

  async function demo() {
    setBusy(true);
    const lang = uiLanguageOf(i18n.resolvedLanguage);
    const id = await openDemo(lang);
    navigate({ name: 'results', id });
  }

  return (
    <section aria-labelledby="start-options-heading" className="start-options">
      <h2 id="start-options-heading" className="visually-hidden">
        {t('start.optionsHeading')}
      </h2>
      <div className="start-options__grid">
        <div className="card start-option">
          <h3>{t('start.quick.title')}</h3>
          <p>{t('start.quick.body', { minutes: quickMinutes })}</p>
          <a className="button" href="#/new/quick">
            {t('start.quick.action')}
          </a>
        </div>
        <div className="card start-option">
          <h3>{t('start.full.title')}</h3>
          <p>{t('start.full.body', { statements, minutes: fullMinutes })}</p>
          <a className="button" href="#/new/full">
            {t('start.full.action')}
          </a>
        </div>
        <div className="card start-option">
          <h3>{t('start.workshop.title')}</h3>
          <p>{t('start.workshop.body')}</p>
          <a className="button" href="#/new/workshop">
            {t('start.workshop.action')}
          </a>
        </div>
        <div className="card start-option">
          <h3>{t('start.demo.title')}</h3>
          <p>{t('start.demo.body')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void demo()}
            disabled={busy}
          >
            {t('start.demo.action')}
          </button>
          <p className="start-option__more">
            <a href="#/demo/workshop">{t('start.demo.workshop')}</a>
          </p>
        </div>
      </div>
    </section>
  );
}
