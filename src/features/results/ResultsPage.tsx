import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import { Notice } from '../../components/Notice';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useSummaryBasis } from '../../components/StaleSummary';
import { PageHeading } from '../../components/PageHeading';
import type { ElementId } from '../../model/framework';
import { withElementInput } from '../../model/edits';
import { stepRefOf } from '../../i18n/step-ref';
import type { ReportModel } from '../../model/report-types';
import { computeResults, type Results } from '../../model/results';
import type { Assessment } from '../../model/schema';
import { copyAssessment, reassess, saveAssessmentToFile } from '../../state/assessment-commands';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { emptyActionValues, INITIAL_ACTION_FORM, type ActionFormState } from './action-form-schema';
import { ActionPlan } from './ActionPlan';
import { ComparisonSection } from './ComparisonSection';
import { CompareWith } from './CompareWith';
import { ElementNotesSection } from './ElementNotesSection';
import { ImprovementAreas } from './ImprovementAreas';
import { NotAssessedList } from './NotAssessedList';
import { OverallSummary } from './OverallSummary';
import { RadarSection } from './RadarSection';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { exportResultsCsv, exportResultsXlsx } from './results-csv';
import { ResultsHeader } from './ResultsHeader';
import { ScoresTable } from './ScoresTable';
import { StrengthsSection } from './StrengthsSection';
import { SummaryEditor } from './SummaryEditor';
import { TargetsTable, type ElementSetting } from './TargetsTable';
import { usePreviousAssessment } from './use-previous-assessment';
import { useReportSummary } from './use-report-summary';
import { useResultsReport } from './use-results-report';
import './results.css';

export interface ResultsPageProps {
  id: string;
  /** The PDF button (from the report feature), shown beside Save and Export CSV. */
  pdfSlot?: ReactNode;
  /** Called once the whole page is on the screen (the sections below the first screen too). */
  onShown?: () => void;
}

/** The results of one assessment: overall, radar, scores, targets, priorities and the action plan. */
export function ResultsPage({ id, pdfSlot, onShown }: ResultsPageProps) {
  const assessment = useAssessments((s) => s.byId[id]);
  // The scores in a render of their own, the report built from them in the next: on a phone,
  // neither holds the main thread as long as both did.
  const results = useMemo(() => (assessment ? computeResults(assessment) : null), [assessment]);
  if (!assessment || !results) return <Missing onShown={onShown} />;
  return (
    <ResultsView assessment={assessment} results={results} pdfSlot={pdfSlot} onShown={onShown} />
  );
}

function Missing({ onShown }: { onShown?: () => void }) {
  const { t } = useTranslation();
  useEffect(() => onShown?.(), [onShown]);
  return (
    <div>
      <PageHeading>{t('results.missing.title')}</PageHeading>
      <Notice tone="warning">
        <p>{t('results.missing.body')}</p>
      </Notice>
      <p>
        <a href="#/">{t('results.missing.back')}</a>
      </p>
    </div>
  );
}

const current = (id: string): Assessment | undefined => useAssessments.getState().byId[id];

function ResultsView({
  assessment,
  results,
  pdfSlot,
  onShown,
}: {
  assessment: Assessment;
  results: Results;
  pdfSlot?: ReactNode;
  onShown?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const previous = usePreviousAssessment(assessment);
  const report = useResultsReport(assessment, previous, results);
  const { id, readOnly } = assessment;
  const [actionForm, setActionForm] = useState<ActionFormState>(INITIAL_ACTION_FORM);
  const [exportFailed, setExportFailed] = useState<'csv' | 'xlsx' | null>(null);
  // The first render shows what is on screen (header, overall, radar); the sections below
  // follow in a second, interruptible render, so the page appears sooner.
  const showAll = useDeferredValue(true, false);
  useEffect(() => {
    if (showAll) onShown?.();
  }, [showAll, onShown]);

  // Callbacks read the assessment from the store, so they never change: a memoised section
  // re-renders only when its part of the report does (opening the action form, for one,
  // re-renders the plan and nothing else).
  const onSave = useCallback(() => {
    const a = current(id);
    if (a) saveAssessmentToFile(a);
  }, [id]);

  const onExportCsv = useCallback(() => {
    const a = current(id);
    if (!a) return;
    setExportFailed(null);
    exportResultsCsv(a, i18n).catch(() => setExportFailed('csv'));
  }, [id, i18n]);

  const onExportXlsx = useCallback(() => {
    const a = current(id);
    if (!a) return;
    setExportFailed(null);
    exportResultsXlsx(a, i18n).catch(() => setExportFailed('xlsx'));
  }, [id, i18n]);

  const onCopy = useCallback(() => {
    const a = current(id);
    if (!a) return;
    const copyId = copyAssessment(a, t('results.readOnly.copyTitle', { title: a.meta.title }));
    navigate({ name: 'results', id: copyId });
  }, [id, t]);

  const onReassess = useCallback(() => {
    const a = current(id);
    if (!a) return;
    const next = reassess(a, (year) => t('new.defaultTitle', { year }));
    navigate({ name: 'assess', id: next, step: null });
  }, [id, t]);

  const onSetting = useCallback(
    (elementId: ElementId, setting: ElementSetting, value: number) => {
      updateAssessment(id, (a) => withElementInput(a, elementId, { [setting]: value }));
    },
    [id],
  );

  const onAddStep = useCallback(
    (elementId: ElementId, text: string, stepId: string) => {
      setActionForm((f) => ({
        mode: 'add',
        editId: null,
        values: emptyActionValues(elementId, text),
        prefilled: true,
        stepRef: null,
        nonce: f.nonce + 1,
        focus: true,
      }));
      // The step's id and its text in both languages follow once the other language is loaded;
      // the form stays as it is (same nonce), only the reference is added.
      const a = current(id);
      if (!a) return;
      void stepRefOf(i18n, a, stepId).then((stepRef) =>
        setActionForm((f) =>
          f.mode === 'add' && f.prefilled && f.values.description === text ? { ...f, stepRef } : f,
        ),
      );
    },
    [id, i18n],
  );

  const addStep = readOnly ? undefined : onAddStep;
  return (
    <div className="results-page">
      <ResultsHeader
        id={id}
        meta={report.meta}
        kindText={report.kindText}
        participantCount={report.participants.rows.length}
        onSave={onSave}
        onExportCsv={onExportCsv}
        onReassess={readOnly ? undefined : onReassess}
        onExportXlsx={onExportXlsx}
        pdfSlot={pdfSlot}
        compareSlot={<CompareWith assessment={assessment} />}
      />
      <ProblemNotice assessmentId={id} />
      {exportFailed && (
        <Notice tone="error">
          <p>
            {t(exportFailed === 'csv' ? 'results.header.csvFailed' : 'results.header.xlsxFailed')}
          </p>
        </Notice>
      )}
      {readOnly && <ReadOnlyNotice onCopy={onCopy} />}
      <OverallSummary
        overall={report.overall}
        kind={report.kind}
        warnings={report.warnings}
        warningsHeading={report.sections.warnings}
      />
      <RadarSection
        heading={report.sections.radar}
        radar={report.radar}
        rows={report.elements.rows}
        columns={report.elements.columns}
        comparison={report.comparison}
      />
      {report.comparison && (
        <ComparisonSection heading={report.sections.comparison} comparison={report.comparison} />
      )}
      {assessment.previousAssessmentId && !previous && (
        <Notice tone="warning">
          <p>{t('results.comparison.missing')}</p>
        </Notice>
      )}
      {showAll && (
        <>
          <ResultsSummary assessment={assessment} report={report} previous={previous} />
          <Part>
            {() => (
              <ScoresTable
                heading={report.sections.scores}
                dimensions={report.dimensions}
                elements={report.elements.rows}
              />
            )}
          </Part>
          <Part>
            {() => (
              <StrengthsSection
                heading={report.sections.strengths}
                strengths={report.strengths}
                details={report.details.elements}
                improvementAreas={report.improvementAreas.items}
                onAdd={addStep}
              />
            )}
          </Part>
          <TargetsTable
            rows={report.elements.rows}
            columns={report.elements.columns}
            readOnly={readOnly}
            onChange={onSetting}
          />
          <Part>
            {() => (
              <ImprovementAreas
                heading={report.sections.improvementAreas}
                areas={report.improvementAreas}
                rows={report.elements.rows}
                columns={report.elements.columns}
                onAdd={addStep}
              />
            )}
          </Part>
          <Part>{() => <ElementNotesSection details={report.details} />}</Part>
          <Part>
            {() => (
              <NotAssessedList
                id={id}
                heading={report.sections.notAssessed}
                kind={report.kind}
                notAssessed={report.notAssessed}
              />
            )}
          </Part>
          <Part>
            {() => (
              <ActionPlan
                assessmentId={id}
                heading={report.sections.actions}
                actions={report.actions}
                elementRows={report.elements.rows}
                readOnly={readOnly}
                form={actionForm}
                onFormChange={setActionForm}
              />
            )}
          </Part>
        </>
      )}
    </div>
  );
}

/**
 * Renders its section in a render of its own: the report's sections below the first screen are
 * built when first read (lazyReport), so each is built here, and a concurrent render can pause
 * between sections instead of holding a phone's main thread for the whole report.
 */
function Part({ children }: { children: () => ReactNode }) {
  return children();
}

/** The executive summary, built in a render of its own (as a Part is), below the first screen. */
function ResultsSummary({
  assessment,
  report,
  previous,
}: {
  assessment: Assessment;
  report: ReportModel;
  previous: Assessment | null;
}) {
  const summary = useReportSummary(assessment, report, previous);
  const basis = useSummaryBasis(assessment, previous);
  return (
    <SummaryEditor
      assessmentId={assessment.id}
      heading={report.sections.summary}
      summary={summary}
      language={assessment.meta.language}
      readOnly={assessment.readOnly}
      basis={basis}
      previous={previous}
    />
  );
}
