import type { ReactNode, Ref } from 'react';

interface Props {
  /** The heading's id, which names the section (a landmark region). */
  headingId: string;
  heading: ReactNode;
  /** Below the fold: rendered late and, on screen, laid out only when scrolled to. */
  deferred?: boolean;
  /** Classes besides `results-section`. */
  className?: string;
  ref?: Ref<HTMLElement>;
  /** For a heading that focus is moved to by script; such a heading gets tabIndex -1. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** One section of the results page: a region named by its h2. */
export function ResultsSection({
  headingId,
  heading,
  deferred = false,
  className,
  ref,
  headingRef,
  children,
}: Props) {
  const classes = ['results-section', deferred && 'results-section--deferred', className]
    .filter(Boolean)
    .join(' ');
  return (
    <section ref={ref} className={classes} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
