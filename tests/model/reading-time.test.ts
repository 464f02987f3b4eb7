import { describe, expect, it } from 'vitest';
import {
  countWords,
  fullAssessmentEstimate,
  quickCheckKeys,
  readingMinutes,
} from '../../src/model/reading-time';

describe('time estimates', () => {
  it('counts words, a placeholder as one', () => {
    expect(countWords('  Hoe vaak {{customers}} zeggen  ')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('reads at 200 words a minute, rounding up, at least one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');
    expect(readingMinutes([words(3)])).toBe(1);
    expect(readingMinutes([words(200), words(200)])).toBe(2); // 400 / 200
    expect(readingMinutes([words(401)])).toBe(3); // 401 / 200 = 2.005 -> 3
    expect(readingMinutes([])).toBe(1);
  });

  it('covers nine questions with five descriptors each', () => {
    expect(quickCheckKeys()).toHaveLength(54); // 9 x (1 + 5)
    expect(quickCheckKeys()[0]).toBe('elements.vision-mission-strategy.quick.question');
  });

  it('gives the full assessment 30 seconds per statement of the current edition', () => {
    // 51 statements x 30 s = 1530 s = 25.5 min -> 26
    expect(fullAssessmentEstimate()).toEqual({ statements: 51, minutes: 26 });
  });
});
