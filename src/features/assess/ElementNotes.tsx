import { memo, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ElementId } from '../../model/framework';
import { withElementInput } from '../../model/edits';
import { LIMITS } from '../../model/schema';
import { updateAssessment, useAssessments } from '../../state/assessments';

const NOTE_FIELDS = ['notes', 'strengths', 'improvements'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];

interface Props {
  assessmentId: string;
  elementId: ElementId;
  disabled: boolean;
}

/**
 * Notes and evidence, strengths and points to improve for one element. Each text area keeps its
 * own text (typing never waits for the store) and commits every change; the store debounces
 * the writes. Render it with key={elementId} so a new element starts from its own saved text.
 */
export const ElementNotes = memo(function ElementNotes({
  assessmentId,
  elementId,
  disabled,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="assess-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assess.notes.heading')}</h2>
      {!disabled && <p className="assess-muted">{t('assess.notes.intro')}</p>}
      {NOTE_FIELDS.map((field) => (
        <NoteArea
          key={field}
          assessmentId={assessmentId}
          elementId={elementId}
          field={field}
          label={t(`assess.notes.${field}`)}
          hint={t(`assess.notes.${field}Hint`)}
          disabled={disabled}
        />
      ))}
    </section>
  );
});

function NoteArea({
  assessmentId,
  elementId,
  field,
  label,
  hint,
  disabled,
}: {
  assessmentId: string;
  elementId: ElementId;
  field: NoteField;
  label: string;
  hint: string;
  disabled: boolean;
}) {
  const id = useId();
  // Read once: from then on this text area owns the text and the store follows it.
  const [value, setValue] = useState(
    () => useAssessments.getState().byId[assessmentId]?.elements[elementId]?.[field] ?? '',
  );
  return (
    <div className="field assess-notes__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="field__input field__textarea"
        aria-describedby={`${id}-hint`}
        maxLength={LIMITS.longText}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const text = event.target.value;
          setValue(text);
          updateAssessment(assessmentId, (a) => withElementInput(a, elementId, { [field]: text }));
        }}
      />
    </div>
  );
}
