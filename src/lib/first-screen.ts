/**
 * What happens once the first screen is shown (committed, hydrated on the start page):
 *
 * public/boot.js holds clicks on the prerendered start page's buttons and links that come before
 * the app has taken it over, and replays the last one on READY_EVENT, so a quick tap on
 * "Open the demo" is not lost on a slow phone.
 *
 * Every screen's chunks, fetched at idle priority once the first screen is shown. The build puts
 * their <link rel="prefetch"> tags inside <template id="prefetch"> (build/prefetch-routes.ts), where
 * they are inert: live in the page, they were fetched straight away, competing with the first
 * screen's own scripts on a slow connection. Here they go live after the load event and an idle
 * moment, so a click on another screen still rarely waits for the network.
 */
let started = false;

/** How long one idle moment may spend making prefetch links live. */
const SLICE_MS = 4;

/** Keep in step with public/boot.js. */
export const READY_EVENT = 'se-radar:ready';

export function firstScreenShown(): void {
  if (started) return;
  started = true;
  document.dispatchEvent(new Event(READY_EVENT));
  const template = document.getElementById('prefetch');
  if (!(template instanceof HTMLTemplateElement)) return;
  const links = Array.from(template.content.children);
  // A few links per idle moment: each starts a request, and all 67 at once held a phone's main
  // thread for over 50 ms. Never more than SLICE_MS of them, however long the browser offers
  // (an idle period can be 50 ms, and the whole of it was one long task).
  const live = (deadline?: IdleDeadline) => {
    const end = performance.now() + SLICE_MS;
    do {
      const link = links.shift();
      if (!link) return;
      document.head.append(link.cloneNode(true));
    } while (performance.now() < end && (deadline ? deadline.timeRemaining() > 1 : true));
    whenIdle();
  };
  const whenIdle = () => {
    // Safari before 18 has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(live, { timeout: 3000 });
    } else setTimeout(live, 50);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
