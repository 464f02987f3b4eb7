import { memo, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { GlyphHint } from '../../components/GlyphHint';
import { basisNow, StaleSummaryNotice } from '../../components/StaleSummary';
import type { ReportModel } from '../../model/report-types';
import { LIMITS, type Assessment, type Language } from '../../model/schema';
import { summaryChanges } from '../../model/summary-basis';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { ResultsSection } from './ResultsSection';

interface Props {
  assessmentId: string;
  heading: string;
  /** The summary in the report language; null while its texts load. */
  summary: ReportModel['summary'] | null;
  language: Language;
  readOnly: boolean;
  /** Today's figures (summary-basis.ts) while an own text exists ('' otherwise). */
  basis: string;
  /** The previous assessment, for the basis of a text that is just being started. */
  previous: Assessment | null;
}

/** Saves the text with the figures it was written against ('' with the generated summary). */
const saveText = (id: string, text: string, basis: string) =>
  updateAssessment(id, (a) => {
    const summaryBasis = text.trim() === '' ? '' : basis;
    return a.summaryText === text && a.summaryBasis === summaryBasis
      ? a
      : { ...a, summaryText: text, summaryBasis };
  });

/**
 * The executive summary the report opens with. It is written from the figures in the report
 * language until the consultant writes their own (started from the generated text, saved as
 * they type); "Use the generated text" goes back to the generated one.
 */
export const SummaryEditor = memo(function SummaryEditor({
  assessmentId,
  heading,
  summary,
  language,
  readOnly,
  basis,
  previous,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  // Read once: from then on the text area owns the text and the store follows it.
  const [value, setValue] = useState(
    () => useAssessments.getState().byId[assessmentId]?.summaryText ?? '',
  );
  const [own, setOwn] = useState(() => value.trim() !== '');
  const [confirming, setConfirming] = useState(false);
  const saved = useAssessments((s) => s.byId[assessmentId]);
  const changes = own && saved ? summaryChanges(saved, basis) : null;
  const languageName = t(`language.names.${language}`);

  const startOwn = () => {
    const text = summary?.generated ?? '';
    setValue(text);
    setOwn(true);
    // No own text yet, so no basis computed yet: take today's figures now.
    const a = useAssessments.getState().byId[assessmentId];
    saveText(assessmentId, text, a ? basisNow(a, previous) : '');
    // The text area appears in this render; focus it once it is there.
    requestAnimationFrame(() => area.current?.focus());
  };
  const useGenerated = () => {
    setConfirming(false);
    setValue('');
    setOwn(false);
    saveText(assessmentId, '', basis);
  };

  return (
    <ResultsSection headingId="results-summary" heading={heading} className="results-summary">
      <p>
        {t(own ? 'results.summary.introOwn' : 'results.summary.intro', { language: languageName })}
      </p>
      <StaleSummaryNotice changes={changes} where="summary">
        {!readOnly && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => saveText(assessmentId, value, basis)}
            >
              {t('summaryStale.current')}
            </button>
          </p>
        )}
      </StaleSummaryNotice>
      {own && !readOnly ? (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('results.summary.label', { language: languageName })}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('results.summary.hint')}
          </p>
          <textarea
            ref={area}
            id={id}
            lang={language}
            className="field__input field__textarea results-summary__input"
            aria-describedby={`${id}-hint ${id}-glyphs`}
            maxLength={LIMITS.longText}
            rows={10}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              saveText(assessmentId, event.target.value, basis);
            }}
          />
          <span id={`${id}-glyphs`}>
            <GlyphHint text={value} />
          </span>
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('results.summary.useGenerated')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <div className="results-summary__text" lang={language}>
            {summary === null ? (
              <p>{t('results.summary.loading')}</p>
            ) : (
              summary.paragraphs.map((p, i) => <p key={i}>{p}</p>)
            )}
          </div>
          {!readOnly && (
            <p>
              <button
                type="button"
                className="button button--secondary"
                disabled={summary === null}
                onClick={startOwn}
              >
                {t('results.summary.writeOwn')}
              </button>
            </p>
          )}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('results.summary.confirmTitle')}
        confirmLabel={t('results.summary.useGenerated')}
        danger
        onConfirm={useGenerated}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('results.summary.confirmBody')}</p>
      </ConfirmDialog>
    </ResultsSection>
  );
});
