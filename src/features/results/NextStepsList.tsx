import { useId } from 'react';
import type { ElementId } from '../../model/framework';
import type { ReportNextSteps } from '../../model/report-types';

/** Puts a suggested step in the action form, as a new action for its element. */
export type AddStep = (elementId: ElementId, text: string, stepId: string) => void;

interface Props {
  elementId: ElementId;
  steps: ReportNextSteps;
  /** Offers "Add as action" next to each step; absent when the assessment is read-only. */
  onAdd?: AddStep;
  /** The button's text (passed in: dozens of these lists render at once). */
  addLabel: string;
  /** What a step already in the plan says instead of the button. */
  addedLabel: string;
}

/** The suggested next steps of an element's level, each one a click away from the action plan. */
export function NextStepsList({ elementId, steps, onAdd, addLabel, addedLabel }: Props) {
  const uid = useId();
  return (
    <div className="next-steps">
      <p className="next-steps__title">{steps.title}</p>
      <ul className="next-steps__list">
        {steps.items.map((text, i) => (
          <li key={i} className="next-steps__item">
            <div className="next-steps__body">
              <span id={`${uid}-${i}`} className="next-steps__text">
                {text}
              </span>
              {steps.checks[i] && (
                <p className="next-steps__check">
                  <strong>{steps.checkLabel}</strong> {steps.checks[i]}
                </p>
              )}
            </div>
            {onAdd && steps.added[i] && <p className="next-steps__added">{addedLabel}</p>}
            {onAdd && !steps.added[i] && (
              <button
                type="button"
                className="button button--small button--secondary next-steps__add"
                aria-describedby={`${uid}-${i}`}
                onClick={() => onAdd(elementId, text, steps.stepIds[i] ?? '')}
              >
                {addLabel}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
