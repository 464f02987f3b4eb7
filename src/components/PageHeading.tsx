import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/**
 * The page's one h1. When the user moves to another page it takes focus, so screen-reader and
 * keyboard users start at the top of the new content (a hash router gets no browser focus reset).
 * The first page of a visit is left alone: the browser starts there anyway.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
