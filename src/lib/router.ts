import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: the app is static files served from anywhere (even a folder), so
 * routes live after '#'. Routes: '', 'a/<id>', 'a/<id>/<elementId>', 'a/<id>/results',
 * 'a/<id>/report', 'settings', 'about', 'demo/results' (the demo's results, for links and the bench),
 * 'i/<invitation>' and 'r/<response>' (workshop links), 'present/<id>' (the projector's window).
 * Unknown routes render a "not found" page, never a blank screen.
 */
export type Route =
  | { name: 'start' }
  | { name: 'new'; kind: 'quick' | 'full' }
  | { name: 'assess'; id: string; step: string | null }
  | { name: 'results'; id: string }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'demoResults' }
  /** A participant opened an invitation link: '/i/<payload>'. */
  | { name: 'invitation'; fragment: string }
  /** A response link opened in the app: '/r/<payload>'. */
  | { name: 'response'; fragment: string }
  /** The presentation window of a workshop. */
  | { name: 'present'; id: string }
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
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'about' && parts.length === 1) return { name: 'about' };
  if (path === 'demo/results') return { name: 'demoResults' };
  if (parts[0] === 'present' && parts[1] && parts.length === 2)
    return { name: 'present', id: parts[1] };
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
    case 'assess':
      return route.step ? `#/a/${route.id}/${route.step}` : `#/a/${route.id}`;
    case 'results':
      return `#/a/${route.id}/results`;
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
    case 'notFound':
      return `#/${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route).slice(1);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
