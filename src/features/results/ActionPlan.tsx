import { memo, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { carryStepRef, withAction, withActionMoved, withoutAction } from '../../model/edits';
import { newId } from '../../lib/ids';
import type { ReportModel } from '../../model/report-types';
import type { Action } from '../../model/schema';
import { updateAssessment } from '../../state/assessments';
import {
  actionToValues,
  INITIAL_ACTION_FORM,
  valuesToAction,
  type ActionFormState,
} from './action-form-schema';
import { ActionForm, type CheckedActionValues } from './ActionForm';
import { ActionList } from './ActionList';
import { ResultsSection } from './ResultsSection';

interface Props {
  assessmentId: string;
  heading: string;
  actions: ReportModel['actions'];
  elementRows: ReportModel['elements']['rows'];
  readOnly: boolean;
  form: ActionFormState;
  onFormChange: Dispatch<SetStateAction<ActionFormState>>;
}

type FocusTarget = { id: string; control: 'edit' | 'up' | 'down' } | 'heading' | null;

function rowToAction(row: ReportModel['actions']['rows'][number]): Action {
  const { id, elementId, description, owner, due, status, priority } = row;
  // The form never shows the step reference; carryStepRef() puts it back on save.
  return { id, elementId, description, owner, due, status, priority, stepRef: null };
}

/** The action plan: the list, the add/edit form, and delete with a confirmation. */
export const ActionPlan = memo(function ActionPlan({
  assessmentId,
  heading,
  actions,
  elementRows,
  readOnly,
  form,
  onFormChange,
}: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [toDelete, setToDelete] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the plan has re-rendered (a moved row may be re-inserted, and a
  // deleted row's buttons are gone).
  const focusAfter = useRef<FocusTarget>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target === 'heading') {
      headingRef.current?.focus();
      return;
    }
    const find = (control: string) =>
      sectionRef.current?.querySelector<HTMLButtonElement>(
        `button[data-action-id="${target.id}"][data-control="${control}"]`,
      );
    const preferred = find(target.control);
    // At the top or bottom the pressed button is disabled: the other direction still works.
    const other = find(target.control === 'up' ? 'down' : 'up');
    const button =
      preferred && !preferred.disabled
        ? preferred
        : other && !other.disabled
          ? other
          : find('edit');
    button?.focus();
  });

  const rows = actions.rows;
  const numberOf = (id: string | null) => {
    const i = rows.findIndex((r) => r.id === id);
    return i < 0 ? null : i + 1;
  };
  const elements = elementRows.map((r) => ({ id: r.id, name: r.name }));

  const startAdd = () =>
    onFormChange((f) => ({ ...INITIAL_ACTION_FORM, nonce: f.nonce + 1, focus: false }));

  const onEdit = (id: string) => {
    const row = rows.find((r) => r.id === id);
    if (!row) return;
    onFormChange((f) => ({
      mode: 'edit',
      editId: id,
      values: actionToValues(rowToAction(row)),
      prefilled: false,
      nonce: f.nonce + 1,
      focus: true,
    }));
  };

  const onMove = (id: string, by: -1 | 1) => {
    const from = numberOf(id);
    if (from === null) return;
    focusAfter.current = { id, control: by < 0 ? 'up' : 'down' };
    if (updateAssessment(assessmentId, (a) => withActionMoved(a, id, by))) {
      setMessage(t('results.actions.moved', { n: from + by }));
    }
  };

  const onSubmit = (values: CheckedActionValues): boolean => {
    const editing = form.mode === 'edit' && form.editId !== null ? form.editId : null;
    const made = valuesToAction(values, editing ?? newId('act'));
    // An action added from a suggested step keeps the step's id while its text is the step's.
    const fromStep =
      !editing && form.stepRef && values.description.trim() === form.values.description.trim();
    const action = fromStep ? { ...made, stepRef: form.stepRef ?? null } : made;
    const ok = updateAssessment(assessmentId, (a) => withAction(a, carryStepRef(a, action)));
    if (!ok) {
      setMessage(t('results.actions.refused'));
      return false;
    }
    setMessage(t(editing ? 'results.actions.saved' : 'results.actions.added'));
    if (editing) {
      focusAfter.current = { id: editing, control: 'edit' };
      startAdd();
    }
    return true;
  };

  const onCancel = () => {
    if (form.mode === 'edit' && form.editId) {
      focusAfter.current = { id: form.editId, control: 'edit' };
    }
    startAdd();
  };

  const confirmDelete = () => {
    const id = toDelete;
    setToDelete(null);
    if (!id) return;
    focusAfter.current = 'heading';
    if (updateAssessment(assessmentId, (a) => withoutAction(a, id))) {
      setMessage(t('results.actions.deleted'));
      if (form.editId === id) startAdd();
    }
  };

  const deleting = rows.find((r) => r.id === toDelete);
  return (
    <ResultsSection
      ref={sectionRef}
      headingRef={headingRef}
      headingId="results-actions"
      heading={heading}
      deferred
      className="results-actions"
    >
      {!readOnly && <p>{t('results.actions.intro')}</p>}
      {rows.length === 0 ? (
        <p>{actions.emptyText}</p>
      ) : (
        <ActionList
          rows={rows}
          columns={actions.columns}
          readOnly={readOnly}
          onEdit={onEdit}
          onMove={onMove}
          onDelete={setToDelete}
        />
      )}
      <p className="results-actions__status" role="status">
        {message}
      </p>
      {!readOnly && (
        <ActionForm
          key={form.nonce}
          state={form}
          number={numberOf(form.editId)}
          elements={elements}
          onSubmit={onSubmit}
          onCancel={onCancel}
        />
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('results.actions.deleteTitle')}
        confirmLabel={t('results.actions.deleteConfirm')}
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={confirmDelete}
      >
        <p>{t('results.actions.deleteBody', { description: deleting?.description ?? '' })}</p>
      </ConfirmDialog>
    </ResultsSection>
  );
});
