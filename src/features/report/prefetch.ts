/**
 * The PDF code (jsPDF, autotable, the renderer) is a chunk of its own, fetched on demand. The
 * results page warms it up when the browser is idle, so the first click is quick; the first
 * page load never carries it.
 */
export function loadPdfModule() {
  return import('../../pdf/make-report-pdf');
}

let prefetched = false;

/**
 * Starts loading the PDF code once, when the browser is idle. The fonts (1.2 MB) wait for the
 * first click: a user who only looks at the results on a phone should not pay for them.
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
