import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The page frame: skip link, header with the language switch, an optional banner (the app's
 * "new version" prompt), main, and the disclaimer footer.
 */
export function Layout({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {/* The router reads every hash as a route, so the skip link moves focus itself. */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <a className="site-header__brand" href="#/">
          <svg
            aria-hidden="true"
            viewBox="0 0 32 32"
            width="28"
            height="28"
            className="site-header__logo"
          >
            <circle cx="16" cy="16" r="15" />
            <polygon points="16,5 26,13 22,26 10,26 6,13" />
          </svg>
          <span>{t('app.name')}</span>
        </a>
        <nav aria-label={t('layout.navLabel')} className="site-header__nav">
          <a href="#/settings">{t('layout.settings')}</a>
          <LanguageSwitch />
        </nav>
      </header>
      {banner}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.disclaimer')}</p>
        <p>{t('layout.privacy')}</p>
      </footer>
    </>
  );
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}
