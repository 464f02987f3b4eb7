import { renderToString } from 'react-dom/server';
import i18n, { i18nReady } from '../i18n/i18n';
import { NAMESPACES, type UiLanguage } from '../i18n/config';
import { Root } from './Root';

/**
 * The start page's markup in one language, rendered at build time (build/prerender.ts) as the
 * browser's first render of it: nothing read from storage yet, so the list shows its loading
 * state. public/boot.js puts the right language in place before the first paint, and
 * src/main.tsx hydrates it.
 */
export async function renderStartPage(language: UiLanguage): Promise<string> {
  await i18nReady;
  await i18n.changeLanguage(language);
  await i18n.loadNamespaces([...NAMESPACES]);
  return renderToString(<Root />);
}
