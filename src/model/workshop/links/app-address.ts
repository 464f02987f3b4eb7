/**
 * The address an invitation sends participants to. A phone cannot open "localhost", nor usually
 * the facilitator's private network, and a plain-http address may be blocked or warned about;
 * in those cases the facilitator is asked for the address where the app is published.
 */

/** Why an address may not reach participants' phones; null when it is a public https address. */
export type AddressProblem = 'local' | 'private' | 'insecure';

interface ParsedUrl {
  protocol: string;
  hostname: string;
}

/** Minimal URL parsing through the platform (typed here: src/model has no DOM lib). */
function parse(text: string): ParsedUrl | null {
  // URL is in every JavaScript runtime (browser and Node), not browser state.
  // eslint-disable-next-line no-restricted-globals
  const Url = (globalThis as unknown as { URL: new (t: string) => ParsedUrl }).URL;
  try {
    return new Url(text);
  } catch {
    return null;
  }
}

function isPrivateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** What stands between this address and a participant's phone, if anything. */
export function addressProblem(href: string): AddressProblem | null {
  const url = parse(href);
  if (url === null) return 'local';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    host === '::1' ||
    host === '0.0.0.0' ||
    url.protocol === 'file:'
  ) {
    return 'local';
  }
  if (
    isPrivateIpv4(host) ||
    host.endsWith('.local') ||
    host.endsWith('.lan') ||
    host.endsWith('.internal') ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    /^fe80:/.test(host) ||
    !host.includes('.')
  ) {
    return 'private';
  }
  return url.protocol === 'https:' ? null : 'insecure';
}

/** The app's address without query or fragment: where a link's '#' part is put after. */
export function appAddress(href: string): string {
  return href.replace(/[?#].*$/s, '');
}

/**
 * The published address as the facilitator typed it, made into an app address (https:// added
 * when no scheme is given); null when it is not an http(s) address at all.
 */
export function publishedAddress(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = parse(withScheme);
  if (
    url === null ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.hostname === ''
  )
    return null;
  return appAddress(withScheme);
}

/** The whole link: the app's address, '#', and the fragment. */
export function linkAt(address: string, fragment: string): string {
  return `${appAddress(address)}#${fragment}`;
}
