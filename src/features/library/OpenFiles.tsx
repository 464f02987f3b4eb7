import { lazy, Suspense, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { allTexts, useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import type { Assessment } from '../../model/schema';
import type { Choice, FileOutcome, OpenedFile } from '../../state/open-files';

/** The report uses react-i18next's Trans, which needs i18next: loaded with it once files are opened. */
const OpenReport = lazy(() =>
  Promise.all([import('./OpenReport'), allTexts()]).then(([module]) => ({
    default: module.OpenReport,
  })),
);

/** Reading files and asking about a taken id are needed once files are picked, not on the first load. */
const TakenDialog = lazy(() =>
  import('./TakenDialog').then((module) => ({ default: module.TakenDialog })),
);
const loadOpenFiles = () => import('../../state/open-files').then((module) => module.openFiles);

const asOpened = (files: FileList | readonly File[]): OpenedFile[] =>
  [...files].map((f) => ({ name: f.name, size: f.size, text: () => f.text() }));

/**
 * "Open files": one or many, with the picker or dropped anywhere on the page. Each goes through
 * the one restore path; a report says per file what was added and what was refused and why. When
 * an id is taken, the user chooses: replace, keep both, or cancel.
 */
export function OpenFiles() {
  const { t } = useTranslation();
  const id = useId();
  const [report, setReport] = useState<FileOutcome[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [asking, setAsking] = useState<{
    incoming: Assessment;
    unreadable: boolean;
    answer: (c: Choice) => void;
  } | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  async function open(files: OpenedFile[]) {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setReport(null);
    setLoadFailed(false);
    let openFiles: Awaited<ReturnType<typeof loadOpenFiles>>;
    try {
      openFiles = await loadOpenFiles();
    } catch {
      // Offline before the app was ever cached whole: nothing was read, so nothing is lost.
      setBusy(false);
      setLoadFailed(true);
      return;
    }
    const outcomes = await openFiles(
      files,
      (incoming, unreadable) =>
        new Promise<Choice>((resolve) =>
          setAsking({
            incoming,
            unreadable,
            answer: (c) => {
              setAsking(null);
              resolve(c);
            },
          }),
        ),
      (title) => t('library.copyTitle', { title }),
    );
    setBusy(false);
    const [only] = outcomes;
    const single = outcomes.length === 1 && only?.outcomes.length === 1 ? only.outcomes[0] : null;
    // One assessment opened cleanly: straight to it, as before; anything else gets the report.
    if (single?.kind === 'added' && single.leftOut.length === 0 && only?.kind === 'assessment') {
      navigate({ name: 'assess', id: single.id, step: null });
      return;
    }
    setReport(outcomes);
  }

  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  // Files dropped anywhere on the page open here; other drops (text) are left to the browser.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void open(asOpened(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = asOpened(input.files ?? []);
    input.value = '';
    void open(files);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="open-file">
      <h2 id={`${id}-heading`}>{t('start.open.heading')}</h2>
      <p id={`${id}-hint`}>{t('start.open.body')}</p>
      <label htmlFor={id} className="button button--secondary open-file__label">
        {t('start.open.action')}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept=".json,application/json"
        className="open-file__input"
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
      {busy && !asking && <p role="status">{t('files.busy')}</p>}
      {loadFailed && (
        <p role="alert" className="field__error">
          {t('files.loadFailed')}
        </p>
      )}
      {dragging && (
        <div className="open-file__drop" aria-hidden="true">
          <p>{t('files.dropHere')}</p>
        </div>
      )}
      {report && (
        <div ref={reportRef} tabIndex={-1} className="open-file__report">
          <Suspense fallback={<p role="status">{t('files.busy')}</p>}>
            <OpenReport outcomes={report} />
          </Suspense>
        </div>
      )}
      {asking && (
        <Suspense fallback={null}>
          <TakenDialog
            incoming={asking.incoming}
            unreadable={asking.unreadable}
            onChoose={asking.answer}
          />
        </Suspense>
      )}
    </section>
  );
}
