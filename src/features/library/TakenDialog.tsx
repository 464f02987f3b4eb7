import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Assessment } from '../../model/schema';
import type { Choice } from '../../state/open-files';

/**
 * Asked when an opened assessment's id is already in this browser, as another version or as an
 * unreadable record: replace what is stored, keep both (the opened one under a new id, titled
 * "(copy)"), or leave this one out. Escape leaves it out; nothing is ever overwritten by default.
 */
export function TakenDialog({
  incoming,
  unreadable,
  onChoose,
}: {
  incoming: Assessment;
  unreadable: boolean;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const title = incoming.meta.title;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="taken-title"
      aria-describedby="taken-body"
      onCancel={(e) => {
        e.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id="taken-title" className="dialog__title">
        {t('files.taken.title')}
      </h2>
      <p id="taken-body">
        {t(unreadable ? 'files.taken.unreadable' : 'files.taken.body', { title })}
      </p>
      <div className="button-row dialog__buttons">
        <button type="button" className="button" onClick={() => onChoose('keepBoth')}>
          {t('files.taken.keepBoth')}
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('replace')}>
          {t('files.taken.replace')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChoose('cancel')}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </dialog>
  );
}
