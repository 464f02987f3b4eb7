import { useSyncExternalStore } from 'react';
import { flushSaves } from '../../state/assessments';
import { UPDATE_CHANNEL } from './names';

/**
 * The service worker's page side. A new version installs in the background and then waits: it
 * never takes over a tab that may still need a lazy chunk of the old version. The user is told
 * (UpdatePrompt); "Reload" writes pending saves in every open tab, lets the new worker take over,
 * and reloads all tabs together (BroadcastChannel), so none is left on the old version.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();
let reloading: Promise<void> | null = null;
const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(UPDATE_CHANNEL) : null;

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  listeners.forEach((l) => l());
}

/** Writes this tab's pending edits, then reloads once the new worker controls the page. */
function prepareReload(): Promise<void> {
  reloading ??= flushSaves();
  return reloading;
}

export function registerServiceWorker(url: string): void {
  const container = navigator.serviceWorker;
  container.addEventListener('controllerchange', () => {
    // The first visit's worker claims the page too; only a reload the user asked for reloads.
    if (reloading) void reloading.then(() => window.location.reload());
  });
  if (channel) channel.onmessage = (event) => event.data === 'reload' && void prepareReload();
  void container.register(url).then(
    (registration) => {
      if (registration.waiting && container.controller) setWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) setWaiting(worker);
        });
      });
    },
    () => undefined, // No service worker (private mode, file://): the app still works online.
  );
}

/** Called by "Reload": every tab saves, the new version takes over, every tab reloads. */
export async function applyUpdate(): Promise<void> {
  channel?.postMessage('reload');
  await prepareReload();
  if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
  else window.location.reload();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a new version has installed and waits for the user's reload. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}
