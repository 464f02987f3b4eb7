import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QrScan } from './QrScan';

export type Batch = { source: string | null; text: string };

/** Response files are small text files; anything far larger is not one. */
const MAX_FILE_BYTES = 1_000_000;

/**
 * Where responses come in: pasted text (one or many links), opened or dropped files, and a
 * response QR code read with the camera or from a picture.
 */
export function ResponseSources({ onCollect }: { onCollect: (batches: Batch[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCollect([{ source: null, text }]);
    setText('');
  };
  const readFiles = async (files: readonly File[]) => {
    const batches = await Promise.all(
      files.map(async (f) => ({
        source: f.name,
        text: f.size > MAX_FILE_BYTES ? '' : await f.text().catch(() => ''),
      })),
    );
    if (batches.length > 0) onCollect(batches);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void readFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={`inbox__sources${over ? ' inbox__sources--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <form onSubmit={submit} className="field">
        <label className="field__label" htmlFor={`${id}-paste`}>
          {t('workshop.inbox.pasteLabel')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('workshop.inbox.pasteHint')}
        </p>
        <textarea
          id={`${id}-paste`}
          className="field__input field__textarea"
          rows={4}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t('workshop.inbox.collect')}
          </button>
        </div>
      </form>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-files`}>
          {t('workshop.inbox.filesLabel')}
        </label>
        <p id={`${id}-files-hint`} className="field__hint">
          {t('workshop.inbox.filesHint')}
        </p>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".txt,text/plain"
          aria-describedby={`${id}-files-hint`}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void readFiles(files);
          }}
        />
      </div>
      <QrScan onText={(text) => onCollect([{ source: null, text }])} />
    </div>
  );
}
