import { useId, useState, type ReactNode, type Ref } from 'react';
import { useMediaQuery } from './use-media-query';

interface Props {
  /** The heading's id, which names the section (a landmark region). */
  headingId: string;
  heading: ReactNode;
  /** Below the fold: rendered late and, on screen, laid out only when scrolled to. */
  deferred?: boolean;
  /** On a phone, folded under its heading (a disclosure button) until opened. */
  fold?: boolean;
  /** Classes besides `results-section`. */
  className?: string;
  ref?: Ref<HTMLElement>;
  /** For a heading that focus is moved to by script; such a heading gets tabIndex -1. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** Wide enough for every section to be open (the action plan's cards switch at the same width). */
const WIDE = '(min-width: 48rem)';

/**
 * One section of the results page: a region named by its h2. A foldable section on a phone is
 * the WAI disclosure pattern: the h2 holds a button with aria-expanded, and the content is
 * hidden until it is pressed, so the page stays short. Printing shows every section open.
 */
export function ResultsSection({
  headingId,
  heading,
  deferred = false,
  fold = false,
  className,
  ref,
  headingRef,
  children,
}: Props) {
  const wide = useMediaQuery(WIDE, true);
  const [open, setOpen] = useState(false);
  const contentId = useId();
  const folded = fold && !wide;
  const classes = [
    'results-section',
    deferred && 'results-section--deferred',
    folded && 'results-section--fold',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section ref={ref} className={classes} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {folded ? (
          <button
            type="button"
            className="results-section__toggle"
            aria-expanded={open}
            aria-controls={contentId}
            onClick={() => setOpen((o) => !o)}
          >
            {heading}
          </button>
        ) : (
          heading
        )}
      </h2>
      {folded ? (
        <div id={contentId} className="results-section__content" hidden={!open}>
          {children}
        </div>
      ) : (
        children
      )}
    </section>
  );
}
