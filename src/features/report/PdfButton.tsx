import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { downloadBlob } from '../../lib/download';
import { Notice } from '../../components/Notice';
import { StaleSummaryNotice, useSummaryChanges } from '../../components/StaleSummary';
import { frameworkKeys } from '../../model/framework';
import { PLACEHOLDER, unprintableFields } from '../../model/report-glyphs';
import { LANGUAGES, type Assessment, type Language } from '../../model/schema';
import { loadBranding } from '../../state/branding';
import { loadPdfModule, prefetchPdf } from './prefetch';
import './report.css';

export interface PdfButtonProps {
  assessment: Assessment;
  /** An earlier assessment to compare with (adds the comparison to the report). */
  previous?: Assessment | null;
}

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; fileName: string }
  | { status: 'failed' };

/**
 * "Download PDF" with the report's language (default: the assessment's), independent of the
 * interface language. The PDF code is imported on the first click, or once the user heads for it.
 */
export function PdfButton({ assessment, previous = null }: PdfButtonProps) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('report');
  const id = useId();
  const [language, setLanguage] = useState<Language>(assessment.meta.language);
  const [state, setState] = useState<State>({ status: 'idle' });

  const lacking = useMemo(() => unprintableFields(assessment), [assessment]);
  const summaryChanges = useSummaryChanges(assessment, previous);
  // The consultant's own summary is written in the assessment's report language.
  const ownSummaryElsewhere =
    assessment.summaryText.trim() !== '' && language !== assessment.meta.language;
  const lackingText =
    lacking.length === 0
      ? null
      : tr('glyphs.download', {
          chars: [...new Set(lacking.flatMap((f) => f.chars))].join(' '),
          fields: lacking
            .map((f) =>
              tr(`glyphs.fields.${f.field}`, {
                n: f.vars.n,
                element: f.vars.element
                  ? tr(frameworkKeys.elementShortName(f.vars.element), { ns: 'framework' })
                  : '',
              }),
            )
            .join(', '),
          placeholder: PLACEHOLDER,
        });

  async function download() {
    setState({ status: 'working' });
    try {
      const [branding, pdf] = await Promise.all([loadBranding(), loadPdfModule()]);
      const { blob, fileName } = await pdf.makeReportPdf(assessment, language, branding, previous);
      downloadBlob(fileName, blob);
      setState({ status: 'done', fileName });
    } catch (error) {
      console.error(error);
      setState({ status: 'failed' });
    }
  }

  const working = state.status === 'working';
  return (
    <div
      className="pdf-button"
      role="group"
      aria-labelledby={`${id}-heading`}
      onPointerEnter={prefetchPdf}
      onFocus={prefetchPdf}
      onTouchStart={prefetchPdf}
    >
      <p id={`${id}-heading`} className="pdf-button__heading">
        {t('pdf.heading')}
      </p>
      <div className="pdf-button__row">
        <label htmlFor={`${id}-language`} className="pdf-button__label">
          {t('pdf.language')}
        </label>
        <select
          id={`${id}-language`}
          className="field__input pdf-button__select"
          value={language}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setLanguage(e.currentTarget.value as Language)}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {t(`pdf.languages.${lng}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => void download()}
          disabled={working}
          aria-describedby={`${id}-status`}
        >
          {t('pdf.download')}
        </button>
      </div>
      <StaleSummaryNotice
        changes={summaryChanges}
        where="download"
        className="pdf-button__glyphs"
      />
      {ownSummaryElsewhere && (
        <Notice tone="warning" className="pdf-button__glyphs">
          {t('summaryStale.language', {
            written: t(`pdf.languages.${assessment.meta.language}`),
            chosen: t(`pdf.languages.${language}`),
          })}
        </Notice>
      )}
      {lackingText && (
        <Notice tone="warning" className="pdf-button__glyphs">
          {lackingText}
        </Notice>
      )}
      <p id={`${id}-hint`} className="pdf-button__hint">
        {t('pdf.languageHint')} <a href="#/settings">{t('pdf.brandingLink')}</a>
      </p>
      <div id={`${id}-status`}>
        {working && <Notice>{t('pdf.working')}</Notice>}
        {state.status === 'done' && (
          <Notice tone="success">{t('pdf.done', { fileName: state.fileName })}</Notice>
        )}
        {state.status === 'failed' && <Notice tone="error">{t('pdf.failed')}</Notice>}
      </div>
    </div>
  );
}
