import type { Plugin } from 'vite';

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

/**
 * The app's script starts after the first paint. Vite puts the entry's <script type="module"> and
 * its <link rel="modulepreload">s in the head; here they move into <template id="app-entry">, inert,
 * and public/boot.js starts them: on the start page (prerendered) after the first contentful
 * paint, on any other route at once. Left live, the entry (react-dom and the app, 80 KB gzip) was fetched and run
 * before the first paint whenever it arrived before the stylesheet, so the prerendered start page
 * waited for it on a slow phone.
 */
export function entryAfterPaint(): Plugin {
  return {
    name: 'se-radar-entry-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = ENTRY.exec(html);
        if (!entry) throw new Error('index.html has no entry <script type="module">');
        const preloads = html.match(PRELOAD) ?? [];
        const rest = html.replace(ENTRY, '').replace(PRELOAD, '');
        const template =
          `<template id="app-entry" data-src="${entry[1]}">` +
          preloads.map((p) => p.trim()).join('') +
          '</template>\n  </head>';
        return rest.replace('</head>', template);
      },
    },
  };
}
