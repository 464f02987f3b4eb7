import { useMemo } from 'react';
import { assessmentEdition } from '../../model/framework';
import { progressOf, type Progress } from '../../model/progress';
import { useAssessments } from '../../state/assessments';

/**
 * Narrow selections from the store: each returns a primitive or a reference that changes only
 * when its own part of the assessment changes, so an answer re-renders only what shows it.
 */
export function useProgress(id: string, participantId: string): Progress {
  const kind = useAssessments((s) => s.byId[id]?.kind ?? 'full');
  const frameworkEdition = useAssessments((s) => assessmentEdition(s.byId[id]));
  const mine = useAssessments((s) => s.byId[id]?.answers[participantId]);
  const myQuick = useAssessments((s) => s.byId[id]?.quickAnswers[participantId]);
  return useMemo(
    () =>
      progressOf(
        {
          kind,
          frameworkEdition,
          answers: mine ? { [participantId]: mine } : {},
          quickAnswers: myQuick ? { [participantId]: myQuick } : {},
        },
        participantId,
      ),
    [kind, frameworkEdition, mine, myQuick, participantId],
  );
}
