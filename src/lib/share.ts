/**
 * Sharing a link or a file: the system share sheet where the browser has one (phones), the
 * clipboard otherwise. Plain-http pages have no navigator.clipboard, so copying falls back to a
 * selected, off-screen text area.
 */

export function canShare(data?: ShareData): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  if (data && typeof navigator.canShare === 'function') return navigator.canShare(data);
  return true;
}

/** Opens the share sheet; 'cancelled' when the user closed it, 'failed' when it is refused. */
export async function shareData(data: ShareData): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return (error as { name?: string }).name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** Copies text to the clipboard; false when the browser refuses both ways. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
