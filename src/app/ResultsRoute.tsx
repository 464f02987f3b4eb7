import { useEffect } from 'react';
import { PdfButton } from '../features/report/PdfButton';
import { ResultsPage } from '../features/results/ResultsPage';
import { useAssessments } from '../state/assessments';
import { useOpenedAssessment } from '../state/use-opened';
import { warmPdfForOffline } from './offline/warm-pdf';

/** The results page with the PDF button in its slot: the page itself knows nothing of the PDF code. */
export function ResultsRoute({ id, onShown }: { id: string; onShown?: () => void }) {
  const assessment = useAssessments((s) => s.byId[id]);
  const previousId = assessment?.previousAssessmentId;
  const previous = useOpenedAssessment(previousId);
  useEffect(() => warmPdfForOffline(), []);
  return (
    <ResultsPage
      key={id}
      id={id}
      onShown={onShown}
      pdfSlot={assessment ? <PdfButton assessment={assessment} previous={previous} /> : null}
    />
  );
}
