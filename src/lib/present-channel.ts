/**
 * The facilitator's window and the presentation window keep in step over a BroadcastChannel of
 * their own per workshop. The presentation asks for the current step when it opens; either
 * window may move it, and both show what was sent.
 */
export type PresentMessage =
  | { type: 'step'; step: unknown }
  /** The presentation window opened and asks where the talk is. */
  | { type: 'hello' };

export interface PresentChannel {
  post(message: PresentMessage): void;
  close(): void;
}

/** Opens the workshop's channel; a browser without BroadcastChannel gets one that does nothing. */
export function openPresentChannel(
  workshopId: string,
  onMessage: (message: PresentMessage) => void,
): PresentChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`se-radar-present:${workshopId}`);
  channel.onmessage = (event: MessageEvent<PresentMessage>) => onMessage(event.data);
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // Closed while the page unloads: the other window keeps its last step.
      }
    },
    close: () => channel.close(),
  };
}
