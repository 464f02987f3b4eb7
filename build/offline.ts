import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path).map((f) => `${name}/${f}`)
      : [relative(dir, path).split('\\').join('/')];
  });
}

/**
 * Emits sw.js, the service worker that makes SE Radar work offline. It precaches the app shell
 * (index.html, the entry chunks, CSS, translations, icon) when it installs; the PDF code and its
 * fonts are cached the first time they are used, so the first visit never downloads them.
 * The cache name carries a hash of the precached file names, so a new build replaces the old cache.
 */
export function offlineServiceWorker(publicDir = 'public'): Plugin {
  return {
    name: 'se-radar-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = new Set<string>(['./', 'index.html']);
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          shell.add(file.fileName);
          file.imports.forEach((f) => shell.add(f));
          file.viteMetadata?.importedCss.forEach((f) => shell.add(f));
        }
      }
      for (const f of filesUnder(publicDir)) {
        if (f.startsWith('locales/') || f === 'favicon.svg') shell.add(f);
      }
      const list = [...shell].sort();
      const version = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(list, version),
      });
    },
  };
}

function serviceWorkerSource(shell: string[], version: string): string {
  return `// SE Radar service worker (generated at build time). Same-origin requests only.
const CACHE = 'se-radar-${version}';
const SHELL = ${JSON.stringify(shell)};
// The server may answer with Vary: Origin; a module script asks with an Origin header, the precache did not.
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('se-radar-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (request.mode === 'navigate') {
        // The page: fresh when online, the cached shell when not.
        try {
          return await fromNetwork(request, cache);
        } catch {
          return (await cache.match('index.html', MATCH)) || Response.error();
        }
      }
      if (url.pathname.includes('/assets/')) {
        // Hashed file names never change content: cache first.
        return (await cache.match(request, MATCH)) || fromNetwork(request, cache);
      }
      // Translations and the rest: network first, so a new text reaches users, cache offline.
      try {
        return await fromNetwork(request, cache);
      } catch {
        return (await cache.match(request, MATCH)) || Response.error();
      }
    }),
  );
});
`;
}
