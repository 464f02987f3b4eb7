/**
 * Tabs of the app tell each other what they committed, over one BroadcastChannel. Messages carry
 * ids and revisions only: the receiver reads the records from the database itself.
 */
export type SyncMessage =
  | {
      type: 'changed';
      assessmentId: string;
      writer: string;
      /** The writer whose values this commit replaced, field by field (it is told so). */
      overwrote: string | null;
    }
  | { type: 'removed'; assessmentId: string; writer: string }
  | { type: 'cleared'; writer: string }
  | { type: 'reload'; writer: string };

const NAME = 'se-radar';
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(NAME);
  return channel;
}

export function postSync(message: SyncMessage): void {
  try {
    open()?.postMessage(message);
  } catch {
    // A closed channel (the page is unloading): the other tabs read the database on their next load.
  }
}

/** Listens for other tabs' messages; returns the function that stops listening. */
export function onSync(listener: (message: SyncMessage) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  const handler = (event: MessageEvent<SyncMessage>) => listener(event.data);
  ch.addEventListener('message', handler);
  return () => ch.removeEventListener('message', handler);
}
