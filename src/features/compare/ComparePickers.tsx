import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import { useAssessments } from '../../state/assessments';

/** Two choices of assessment and a button that shows them; nothing changes before the click. */
export function ComparePickers({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation();
  const id = useId();
  const summaries = useAssessments((s) => s.summaries);
  const [pickA, setPickA] = useState(a);
  const [pickB, setPickB] = useState(b);
  const options = useMemo(
    () =>
      Object.values(summaries)
        .sort(
          (x, y) => x.organisation.localeCompare(y.organisation) || x.date.localeCompare(y.date),
        )
        .map((x) => ({
          id: x.id,
          text: `${x.organisation} · ${x.title} · ${x.date}`,
        })),
    [summaries],
  );
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    navigate({ name: 'compare', a: pickA, b: pickB });
  }
  const select = (key: 'a' | 'b', value: string, set: (v: string) => void) => (
    <div className="field compare-pickers__field">
      <label htmlFor={`${id}-${key}`}>{t(`compare.pick.${key}`)}</label>
      <select
        id={`${id}-${key}`}
        className="field__input"
        value={value}
        onChange={(e) => set(e.currentTarget.value)}
      >
        {!summaries[value] && <option value={value}>{t('compare.pick.unknown')}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="compare-pickers" onSubmit={onSubmit}>
      {select('a', pickA, setPickA)}
      {select('b', pickB, setPickB)}
      <button type="submit" className="button button--secondary">
        {t('compare.pick.show')}
      </button>
    </form>
  );
}
