export interface ActionControlLabels {
  edit: string;
  moveUp: string;
  moveDown: string;
  remove: string;
}

interface Props {
  id: string;
  /** Tells the four buttons of this row from those of the others: '(action 2)'. */
  rowLabel: string;
  labels: ActionControlLabels;
  n: number;
  count: number;
  describedBy: string;
  onEdit: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onDelete: (id: string) => void;
}

/**
 * Move up, Move down, Edit and Delete for one action. Real buttons in reading order, so the plan
 * can be reordered with the keyboard alone; data attributes let the plan put focus back after a move.
 */
export function ActionControls({
  id,
  rowLabel,
  labels,
  n,
  count,
  describedBy,
  onEdit,
  onMove,
  onDelete,
}: Props) {
  const which = (
    <>
      {' '}
      <span className="visually-hidden">{rowLabel}</span>
    </>
  );
  const button = (
    control: 'up' | 'down' | 'edit' | 'delete',
    label: string,
    onClick: () => void,
    { danger = false, disabled = false } = {},
  ) => (
    <button
      type="button"
      data-action-id={id}
      aria-describedby={describedBy}
      data-control={control}
      className={`button button--small ${danger ? 'button--danger' : 'button--secondary'}`}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
      {which}
    </button>
  );
  return (
    <div className="button-row action-controls">
      {button('up', labels.moveUp, () => onMove(id, -1), { disabled: n === 1 })}
      {button('down', labels.moveDown, () => onMove(id, 1), { disabled: n === count })}
      {button('edit', labels.edit, () => onEdit(id))}
      {button('delete', labels.remove, () => onDelete(id), { danger: true })}
    </div>
  );
}
