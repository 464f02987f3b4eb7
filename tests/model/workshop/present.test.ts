import { describe, expect, it } from 'vitest';
import {
  FIRST_STEP,
  isPresentStep,
  nextStep,
  previousStep,
  stepElement,
  type PresentStep,
} from '../../../src/model/workshop/present';

describe('presentation steps', () => {
  it('invitations, then per element: answered, dot plot and team score, agreed score', () => {
    const seen: PresentStep[] = [FIRST_STEP];
    for (let i = 0; i < 30; i++) seen.push(nextStep(seen[seen.length - 1]!));
    expect(seen.slice(0, 5)).toEqual([
      { index: 0, reveal: 0 },
      { index: 1, reveal: 0 },
      { index: 1, reveal: 1 },
      { index: 1, reveal: 2 },
      { index: 2, reveal: 0 },
    ]);
    // 1 + 9 x 3 = 28 steps, then the last one stays.
    expect(seen[27]).toEqual({ index: 9, reveal: 2 });
    expect(seen[30]).toEqual({ index: 9, reveal: 2 });
    expect(stepElement(seen[27]!)).toBe('monitoring');
    expect(stepElement(FIRST_STEP)).toBeNull();
  });

  it('back retraces every step, and stops at the invitations', () => {
    let s: PresentStep = { index: 2, reveal: 1 };
    const back: PresentStep[] = [];
    for (let i = 0; i < 6; i++) back.push((s = previousStep(s)));
    expect(back).toEqual([
      { index: 2, reveal: 0 },
      { index: 1, reveal: 2 },
      { index: 1, reveal: 1 },
      { index: 1, reveal: 0 },
      { index: 0, reveal: 0 },
      { index: 0, reveal: 0 },
    ]);
  });

  it('only well-formed steps are taken from the other window', () => {
    expect(isPresentStep({ index: 3, reveal: 2 })).toBe(true);
    expect(isPresentStep({ index: 10, reveal: 0 })).toBe(false);
    expect(isPresentStep({ index: 0, reveal: 1 })).toBe(false);
    expect(isPresentStep({ index: 1.5, reveal: 0 })).toBe(false);
    expect(isPresentStep('next')).toBe(false);
  });
});
