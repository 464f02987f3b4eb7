import { LAZY_CACHE, PDF_FILES_META } from './names';

let warmed = false;

/**
 * Once a results page is open, caches the PDF's code and fonts in the background (at idle), so
 * a PDF can be made later with no network. Never on the first load, never precached: a phone
 * that only answers statements never downloads them. The files are named by the build in a
 * <meta> (build/pdf-files.ts); the service worker serves them from the same cache.
 */
export function warmPdfForOffline(): void {
  if (warmed || typeof caches === 'undefined' || !('serviceWorker' in navigator)) return;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${PDF_FILES_META}"]`);
  const files = meta?.content.split(' ').filter(Boolean) ?? [];
  if (files.length === 0) return;
  warmed = true;
  const start = async () => {
    try {
      const cache = await caches.open(LAZY_CACHE);
      for (const file of files) {
        const url = new URL(file, document.baseURI).href;
        if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
      }
    } catch {
      warmed = false; // Offline or storage full: the next results page tries again.
    }
  };
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => void start(), { timeout: 5000 });
  } else {
    setTimeout(() => void start(), 2000);
  }
}
