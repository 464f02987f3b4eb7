import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import type { Assessment } from '../../model/schema';
import type { AssessmentSummary } from '../../model/summary';
import { useAssessments } from '../../state/assessments';

interface Option {
  id: string;
  text: string;
  date: string;
}

/**
 * "Compare with…": a choice of the other assessments in this browser, those of the same
 * organisation first, which opens the compare page with the earlier one first.
 */
export function CompareWith({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const id = useId();
  const summaries = useAssessments((s) => s.summaries);
  const [chosen, setChosen] = useState('');
  const { same, other } = useMemo(() => {
    const org = assessment.meta.organisation.trim().toLocaleLowerCase();
    const rows = Object.values(summaries)
      .filter((a) => a.id !== assessment.id)
      .sort((x, y) => y.date.localeCompare(x.date));
    const option = (a: AssessmentSummary): Option => ({
      id: a.id,
      text: `${a.title} · ${a.organisation} · ${a.date}`,
      date: a.date,
    });
    const isSame = (a: AssessmentSummary) => a.organisation.trim().toLocaleLowerCase() === org;
    return {
      same: rows.filter(isSame).map(option),
      other: rows.filter((a) => !isSame(a)).map(option),
    };
  }, [summaries, assessment]);

  if (same.length === 0 && other.length === 0) {
    return <p className="compare-with compare-with--none">{t('results.compareWith.none')}</p>;
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const pick = [...same, ...other].find((o) => o.id === chosen);
    if (!pick) return;
    // The earlier assessment first, so the change reads from A to B.
    const earlier = pick.date <= assessment.meta.date;
    navigate({
      name: 'compare',
      a: earlier ? pick.id : assessment.id,
      b: earlier ? assessment.id : pick.id,
    });
  }

  return (
    <form className="compare-with" onSubmit={onSubmit}>
      <label htmlFor={`${id}-select`}>{t('results.compareWith.label')}</label>
      <select
        id={`${id}-select`}
        className="field__input compare-with__select"
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
      >
        <option value="">{t('results.compareWith.choose')}</option>
        {same.length > 0 && (
          <optgroup label={t('results.compareWith.sameOrganisation')}>
            {same.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </optgroup>
        )}
        {other.length > 0 && (
          <optgroup label={t('results.compareWith.otherOrganisations')}>
            {other.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <button type="submit" className="button button--secondary" disabled={chosen === ''}>
        {t('results.compareWith.button')}
      </button>
    </form>
  );
}
