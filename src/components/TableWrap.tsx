import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The box a wide table scrolls in on a narrow screen, so the page itself never scrolls sideways.
 * While the table may overflow, the box is a named, focusable region: keyboard users can scroll
 * it with the arrow keys (WCAG 2.1.1). Once it is measured to fit, it is no extra tab stop.
 * Until then (not measured yet, or not laid out because its section is off screen and deferred)
 * it stays focusable: the safe side.
 */
export function TableWrap({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [fits, setFits] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth > 0) setFits(box.scrollWidth <= box.clientWidth + 1);
    });
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={`table-wrap ${className}`.trim()}
      role={fits ? undefined : 'region'}
      aria-label={fits ? undefined : label}
      tabIndex={fits ? undefined : 0}
    >
      {children}
    </div>
  );
}
