/**
 * The PDF code (jsPDF, autotable, the renderer) is a chunk of its own, fetched on demand: the
 * first page load never carries it. Its files are cached at idle once a results page is open
 * (src/app/offline/warm-pdf.ts); running it waits until the user heads for the button.
 */
export function loadPdfModule() {
  return import('../../pdf/make-report-pdf');
}

let prefetched = false;

/**
 * Starts loading the PDF code once, when the pointer or the focus reaches the PDF controls, at
 * the browser's next idle moment: running jsPDF takes a phone's main thread for a long moment,
 * which a results page merely looked at should not pay (it did, on every visit). The fonts
 * (1.2 MB) wait for the click itself.
 */
export function prefetchPdf(): void {
  if (prefetched || typeof window === 'undefined') return;
  prefetched = true;
  const start = () => {
    loadPdfModule().catch(() => {
      // A failed warm-up is retried by the click that needs it.
      prefetched = false;
    });
  };
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(start, { timeout: 5000 });
  } else {
    setTimeout(start, 1500);
  }
}
