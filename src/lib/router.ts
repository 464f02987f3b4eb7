import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: the app is static files served from anywhere (even a folder), so
 * routes live after '#'. Routes: '', 'a/<id>', 'a/<id>/<elementId>', 'a/<id>/results',
 * 'a/<id>/report', 'details/<id>' (edit an assessment's details), 'compare/<a>/<b>', 'settings',
 * 'about', 'demo/results' (the demo's results, for links and the bench), 'demo/workshop' (the
 * workshop demo's results), 'i/<invitation>' and 'r/<response>' (workshop links), 'present/<id>'
 * (the projector's window). Unknown routes render a "not found" page, never a blank screen.
 */
export type Route =
  | { name: 'start' }
  | { name: 'new'; kind: 'quick' | 'full' }
  | { name: 'newWorkshop' }
  /** `as`: a workshop participant answering on the facilitator's device (pass the device). */
  | { name: 'assess'; id: string; step: string | null; as?: string }
  /** A workshop's facilitator page; `section` is one of its tabs (null: the roster). */
  | { name: 'workshop'; id: string; section: string | null }
  /** Pass the device: the screen a participant sees before answering, and after. */
  | { name: 'handover'; id: string; participantId: string }
  | { name: 'handback'; id: string; participantId: string }
  | { name: 'results'; id: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'details'; id: string }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'demoResults' }
  /** A participant opened an invitation link: '/i/<payload>'. */
  | { name: 'invitation'; fragment: string }
  /** A response link opened in the app: '/r/<payload>'. */
  | { name: 'response'; fragment: string }
  /** The presentation window of a workshop. */
  | { name: 'present'; id: string }
  | { name: 'demoWorkshop' }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  if (path === '') return { name: 'start' };
  // Link payloads are taken as they are: the link codecs refuse anything changed, by name.
  if (path.startsWith('i/')) return { name: 'invitation', fragment: `/${path}` };
  if (path.startsWith('r/')) return { name: 'response', fragment: `/${path}` };
  const parts = path.split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === 'new' && (parts[1] === 'quick' || parts[1] === 'full') && parts.length === 2) {
    return { name: 'new', kind: parts[1] };
  }
  if (parts[0] === 'details' && parts[1] && parts.length === 2)
    return { name: 'details', id: parts[1] };
  if (path === 'new/workshop') return { name: 'newWorkshop' };
  if (parts[0] === 'workshop' && parts[1]) {
    if (parts.length === 2) return { name: 'workshop', id: parts[1], section: null };
    if (parts.length === 3) return { name: 'workshop', id: parts[1], section: parts[2] ?? null };
    if (parts.length === 4 && parts[2] === 'hand')
      return { name: 'handover', id: parts[1], participantId: parts[3]! };
    if (parts.length === 4 && parts[2] === 'done')
      return { name: 'handback', id: parts[1], participantId: parts[3]! };
  }
  if (parts[0] === 'a' && parts[1] && parts[2] === 'as' && parts[3]) {
    if (parts.length === 4) return { name: 'assess', id: parts[1], step: null, as: parts[3] };
    if (parts.length === 5)
      return { name: 'assess', id: parts[1], step: parts[4] ?? null, as: parts[3] };
  }
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'about' && parts.length === 1) return { name: 'about' };
  if (path === 'demo/results') return { name: 'demoResults' };
  if (parts[0] === 'present' && parts[1] && parts.length === 2)
    return { name: 'present', id: parts[1] };
  if (parts[0] === 'compare' && parts.length === 3 && parts[1] && parts[2]) {
    return { name: 'compare', a: parts[1], b: parts[2] };
  }
  if (path === 'demo/workshop') return { name: 'demoWorkshop' };
  if (parts[0] === 'a' && parts[1]) {
    if (parts.length === 2) return { name: 'assess', id: parts[1], step: null };
    if (parts.length === 3 && parts[2] === 'results') return { name: 'results', id: parts[1] };
    if (parts.length === 3) return { name: 'assess', id: parts[1], step: parts[2] ?? null };
  }
  return { name: 'notFound', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'new':
      return `#/new/${route.kind}`;
    case 'newWorkshop':
      return '#/new/workshop';
    case 'assess': {
      const base = route.as ? `#/a/${route.id}/as/${route.as}` : `#/a/${route.id}`;
      return route.step ? `${base}/${route.step}` : base;
    }
    case 'workshop':
      return route.section ? `#/workshop/${route.id}/${route.section}` : `#/workshop/${route.id}`;
    case 'handover':
      return `#/workshop/${route.id}/hand/${route.participantId}`;
    case 'handback':
      return `#/workshop/${route.id}/done/${route.participantId}`;
    case 'results':
      return `#/a/${route.id}/results`;
    case 'compare':
      return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'details':
      return `#/details/${route.id}`;
    case 'settings':
      return '#/settings';
    case 'about':
      return '#/about';
    case 'demoResults':
      return '#/demo/results';
    case 'invitation':
    case 'response':
      return `#${route.fragment}`;
    case 'present':
      return `#/present/${route.id}`;
    case 'demoWorkshop':
      return '#/demo/workshop';
    case 'notFound':
      return `#/${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route).slice(1);
}

/**
 * Goes to `route` in place of the current history entry, so Back skips what was shown here
 * (pass the device: Back must never show the previous person's answers).
 */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHref(route));
  // replaceState fires no hashchange: tell the router (and anyone else listening) ourselves.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** A link's click handler that follows its href with replaceRoute instead of a new entry. */
export function followInPlace(event: { preventDefault(): void; currentTarget: Element }): void {
  const href = event.currentTarget.getAttribute('href');
  if (!href?.startsWith('#')) return;
  event.preventDefault();
  replaceRoute(parseRoute(href));
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

let lastRouteHash: string | null = null;

/**
 * The hash that says the route. A hash without '/' that names an element on the page is a jump
 * within it, not a route: '#main', the skip link's target, when the link is followed before the
 * app has taken over the prerendered start page (later the link moves focus itself). The screen
 * then stays as it was, instead of showing "Page not found".
 */
function routeHash(): string {
  const hash = window.location.hash;
  const jump = /^#[^/]/.test(hash) && document.getElementById(hash.slice(1)) !== null;
  if (!jump) lastRouteHash = hash;
  else if (lastRouteHash === null) lastRouteHash = '';
  return lastRouteHash;
}

/** The route a render without a browser shows: the build's prerender sets it (src/app/prerender.tsx). */
let serverHash = '';

/** For the build's prerender only: the route it renders (the start page unless told). */
export function setPrerenderHash(hash: string): void {
  serverHash = hash;
}

export function useRoute(): Route {
  // Hydrating the prerendered start page, the server's route is the start page's ('').
  const hash = useSyncExternalStore(subscribe, routeHash, () => serverHash);
  return parseRoute(hash);
}
