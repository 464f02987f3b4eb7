/**
 * A full assessment whose numbers are worked out by hand below, so the tests check the results
 * page against arithmetic, not against the code that produced it. One participant; default
 * target 4 and importance 3 except where noted. Level bands on the displayed score:
 * 1.0-1.7 Ad hoc, 1.8-2.5 Developing, 2.6-3.3 Systematic, 3.4-4.1 Integrated, 4.2-5.0 Excellent.
 * Index = (score - 1) / 4 * 100 = (score - 1) * 25, rounded half up from the unrounded score.
 *
 * element                 answers          score                 level         index   gap   priority
 * vision-mission-strategy 3 4 4 3 na       14/4 = 3.5            Integrated    62.5->63  0.5   3 x 0.5 = 1.5
 * leadership-commitment   1 2 . . .        3/2 = 1.5 (2 of 5 applicable scored: fewer than half,
 *                                          flagged "insufficient answers")
 *                                                                Ad hoc        12.5->13  2.5   7.5
 * service-culture         5 5 5 4 4        23/5 = 4.6            Excellent     90        0     0
 * employee-engagement     . . . . .        no score: not assessed
 * customer-understanding  2 2 2 2 2        2.0 (target 5, importance 5)
 *                                                                Developing    25        3.0   5 x 3 = 15.0
 * experience-design       3 3 3 3 3        3.0                   Systematic    50        1.0   3.0
 * service-innovation      1 2 2 na na      5/3 = 1.666.. -> 1.7  Ad hoc        16.67->17 2.333..->2.3
 *                                                                                              3 x 2.333.. = 7.0
 * processes-structure     4 4 4 4 4        4.0                   Integrated    75        0     0
 * monitoring              4 4 5 4 4        21/5 = 4.2            Excellent     80        0     0
 *
 * Dimensions (mean of the scored elements):
 *   leadership  (3.5 + 1.5) / 2 = 2.5                 Developing   37.5 -> 38
 *   culture     4.6 (employee engagement missing)     Excellent    90, flagged "incomplete"
 *   experience  (2 + 3 + 1.666..) / 3 = 2.222.. -> 2.2 Developing   30.56 -> 31
 *   operations  (4 + 4.2) / 2 = 4.1                   Integrated   77.5 -> 78
 * Overall: (3.5 + 1.5 + 4.6 + 2 + 3 + 1.666.. + 4 + 4.2) / 8 = 24.466.. / 8 = 3.0583.. -> 3.1,
 *   Systematic, index 2.0583.. x 25 = 51.46 -> 51, flagged "incomplete" (8 of 9 scored).
 * Improvement areas by priority: customer-understanding 15.0, leadership-commitment 7.5,
 *   service-innovation 7.0, experience-design 3.0, vision-mission-strategy 1.5.
 * Strengths (displayed score >= 3.4, highest first, at most three): service-culture 4.6,
 *   monitoring 4.2, processes-structure 4.0 (vision-mission-strategy 3.5 is the fourth).
 */
import { newAssessment, withElementInput } from '../../../src/model/edits';
import type { Action, Answer, Assessment, Language } from '../../../src/model/schema';

export const PARTICIPANT = 'p-anna';

export const ANSWERS: Record<string, Answer> = {
  'vms-1': 3,
  'vms-2': 4,
  'vms-3': 4,
  'vms-4': 3,
  'vms-5': 'na',
  'lc-1': 1,
  'lc-2': 2,
  'sc-1': 5,
  'sc-2': 5,
  'sc-3': 5,
  'sc-4': 4,
  'sc-5': 4,
  'cu-1': 2,
  'cu-2': 2,
  'cu-3': 2,
  'cu-4': 2,
  'cu-5': 2,
  'ed-1': 3,
  'ed-2': 3,
  'ed-3': 3,
  'ed-4': 3,
  'ed-5': 3,
  'si-1': 1,
  'si-2': 2,
  'si-3': 2,
  'si-4': 'na',
  'si-5': 'na',
  'ps-1': 4,
  'ps-2': 4,
  'ps-3': 4,
  'ps-4': 4,
  'ps-5': 4,
  'mo-1': 4,
  'mo-2': 4,
  'mo-3': 5,
  'mo-4': 4,
  'mo-5': 4,
};

export const FORMULA = '=HYPERLINK("http://evil.example","click")';

export const ACTIONS: Action[] = [
  {
    id: 'act-repeat',
    elementId: 'monitoring',
    description: 'Measure repeat calls per month',
    owner: 'Anna de Vries',
    due: '2026-06-30',
    status: 'in-progress',
    priority: 'high',
    stepRef: null,
  },
  {
    id: 'act-formula',
    elementId: null,
    description: FORMULA,
    owner: '',
    due: null,
    status: 'open',
    priority: 'low',
    stepRef: null,
  },
];

export const FIXTURE_ID = 'a-hand';

export function handAssessment(
  language: Language = 'nl',
  patch: Partial<Assessment> = {},
): Assessment {
  const base = newAssessment({
    id: FIXTURE_ID,
    kind: 'full',
    meta: {
      title: 'Baseline 2026',
      organisation: 'Acme Care',
      scope: 'Customer service',
      assessor: 'Anna de Vries',
      date: '2026-03-12',
      language,
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participantId: PARTICIPANT,
    now: '2026-03-12T10:00:00.000Z',
  });
  const withTargets = withElementInput(base, 'customer-understanding', {
    target: 5,
    importance: 5,
  });
  return {
    ...withTargets,
    answers: { [PARTICIPANT]: { ...ANSWERS } },
    actions: ACTIONS.map((a) => ({ ...a })),
    ...patch,
  };
}
