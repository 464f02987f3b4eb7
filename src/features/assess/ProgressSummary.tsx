import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ElementId } from '../../model/framework';
import type { AssessmentKind } from '../../model/schema';
import { useProgress } from './use-assess-selectors';

interface Props {
  assessmentId: string;
  participantId: string;
}

/** The whole assessment's progress: a native <progress> bar named by its visible text. */
export function OverallProgress({ assessmentId, participantId }: Props) {
  const { t } = useTranslation();
  const { answered, total } = useProgress(assessmentId, participantId);
  const id = useId();
  return (
    <div className="assess-progress">
      <span id={`${id}-label`} className="assess-progress__label">
        {t('assess.progress.overallLabel')}
      </span>
      <progress
        className="assess-progress__bar"
        max={total}
        value={answered}
        aria-labelledby={`${id}-label ${id}-text`}
      />
      <span id={`${id}-text`} className="assess-progress__text">
        {t('assess.progress.overall', { answered, total })}
      </span>
    </div>
  );
}

/** This element's progress, in words, with a check mark once it is complete. */
export function ElementProgress({
  assessmentId,
  participantId,
  elementId,
  kind,
}: Props & { elementId: ElementId; kind: AssessmentKind }) {
  const { t } = useTranslation();
  const { answered, total } = useProgress(assessmentId, participantId).perElement[elementId];
  const done = answered === total;
  const text =
    kind === 'quick'
      ? t(done ? 'assess.progress.quickElementDone' : 'assess.progress.quickElementOpen')
      : t('assess.progress.element', { answered, total });
  return (
    <p className={`assess-element-progress${done ? ' assess-element-progress--done' : ''}`}>
      {done && (
        <span className="statement__check" aria-hidden="true">
          ✓{' '}
        </span>
      )}
      {text}
    </p>
  );
}
