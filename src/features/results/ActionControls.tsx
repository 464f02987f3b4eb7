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
  const common = {
    type: 'button' as const,
    'data-action-id': id,
    'aria-describedby': describedBy,
  };
  return (
    <div className="button-row action-controls">
      <button
        {...common}
        data-control="up"
        className="button button--small button--secondary"
        disabled={n === 1}
        onClick={() => onMove(id, -1)}
      >
        {labels.moveUp}
        {which}
      </button>
      <button
        {...common}
        data-control="down"
        className="button button--small button--secondary"
        disabled={n === count}
        onClick={() => onMove(id, 1)}
      >
        {labels.moveDown}
        {which}
      </button>
      <button
        {...common}
        data-control="edit"
        className="button button--small button--secondary"
        onClick={() => onEdit(id)}
      >
        {labels.edit}
        {which}
      </button>
      <button
        {...common}
        data-control="delete"
        className="button button--small button--danger"
        onClick={() => onDelete(id)}
      >
        {labels.remove}
        {which}
      </button>
    </div>
  );
}
