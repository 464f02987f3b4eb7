import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It takes focus when the page changes so screen-reader and keyboard users
 * start at the top of the new content (a hash router gets no browser focus reset).
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (
      document.activeElement === document.body ||
      document.activeElement?.closest('main') === null
    ) {
      ref.current?.focus({ preventScroll: false });
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
