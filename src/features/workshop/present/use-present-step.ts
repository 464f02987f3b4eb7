import { useCallback, useEffect, useRef, useState } from 'react';
import { openPresentChannel, type PresentChannel } from '../../../lib/present-channel';
import {
  FIRST_STEP,
  isPresentStep,
  nextStep,
  previousStep,
  type PresentStep,
} from '../../../model/workshop/present';

/**
 * The presentation's current step, shared by the facilitator's window and the presentation
 * window: each asks where the other is when it opens, and every move is sent to the other.
 */
export function usePresentStep(workshopId: string) {
  const [step, setStep] = useState<PresentStep>(FIRST_STEP);
  const current = useRef(step);
  const channel = useRef<PresentChannel | null>(null);
  useEffect(() => {
    const ch = openPresentChannel(workshopId, (message) => {
      if (message.type === 'hello') ch.post({ type: 'step', step: current.current });
      else if (message.type === 'step' && isPresentStep(message.step)) {
        current.current = message.step;
        setStep(message.step);
      }
    });
    channel.current = ch;
    ch.post({ type: 'hello' });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [workshopId]);
  const move = useCallback((to: (s: PresentStep) => PresentStep) => {
    const next = to(current.current);
    current.current = next;
    setStep(next);
    channel.current?.post({ type: 'step', step: next });
  }, []);
  return {
    step,
    next: useCallback(() => move(nextStep), [move]),
    previous: useCallback(() => move(previousStep), [move]),
    first: useCallback(() => move(() => FIRST_STEP), [move]),
  };
}

/** The keys that move the presentation: the ones a presenter's clicker sends, and arrows. */
export function presentKey(key: string): 'next' | 'previous' | 'first' | null {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) return 'next';
  if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) return 'previous';
  return key === 'Home' ? 'first' : null;
}
