import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../src/model/edits';
import { ELEMENT_IDS } from '../../src/model/framework';
import { summarize } from '../../src/model/summary';

describe('summarize', () => {
  it('counts progress and the displayed overall score of a quick check with one element open', () => {
    const a = newAssessment({
      id: 'q1',
      kind: 'quick',
      meta: {
        title: 'Snelle check',
        titleIsDefault: false,
        organisation: 'Woonstad',
        scope: '',
        assessor: '',
        date: '2026-11-30',
        language: 'nl',
        customerWord: 'tenant',
      },
      participantId: 'p1',
      now: '2026-12-01T10:00:00.000Z',
    });
    // Eight of nine elements at 3,4,3,4,3,4,3,4: mean 28 / 8 = 3.5; progress 8 of 9.
    const levels = [3, 4, 3, 4, 3, 4, 3, 4] as const;
    const quick = Object.fromEntries(ELEMENT_IDS.slice(0, 8).map((id, i) => [id, levels[i]]));
    const s = summarize({ ...a, quickAnswers: { p1: quick } });
    expect(s).toMatchObject({
      id: 'q1',
      title: 'Snelle check',
      organisation: 'Woonstad',
      kind: 'quick',
      mode: 'single',
      date: '2026-11-30',
      progress: { answered: 8, total: 9 },
      overall: 3.5,
      overallIncomplete: true,
      previousAssessmentId: null,
    });
  });
});
