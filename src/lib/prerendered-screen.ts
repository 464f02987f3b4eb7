/**
 * A screen that arrives prerendered but is not hydrated (the demo's results, #/demo/results):
 * public/boot.js paints the build's markup of it at once, and src/main.tsx renders the app out
 * of sight, then puts it in place of that markup in one step once the screen is whole. This is
 * how the screen says it is whole (or cannot be: an error screen says so too).
 *
 * Keep the event names in step with public/boot.js.
 */
export const SCREEN_WHOLE_EVENT = 'se-radar:screen-whole';
/** Dispatched once the app has replaced the prerendered markup: boot.js replays a held click. */
export const TAKEN_OVER_EVENT = 'se-radar:taken-over';

export function screenWhole(): void {
  document.dispatchEvent(new Event(SCREEN_WHOLE_EVENT));
}
