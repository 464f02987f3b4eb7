/**
 * The read-only demo: a complete full assessment of a fictional Dutch housing association
 * (Woonstichting De Linde, customer service and neighbourhood teams), so a visitor sees every
 * result screen filled in before starting their own. Pure: the texts come from the `demo`
 * namespace through the `t` passed in; the numbers (answers, targets, importance, action dates)
 * live here because they are the same in every language.
 *
 * The profile, by element (mean of the scored statements; see tests/model/demo.test.ts):
 * strong on processes (3.8) and leadership commitment (3.6), weak on customer understanding (2.2)
 * and service innovation (1.8). Two statements are 'na' (ee-1, mo-3) and two are open (sc-3, ed-4);
 * every element keeps at least half of its applicable statements scored, so nothing is flagged.
 */
import { ELEMENT_IDS, type ElementId, type Level } from './framework';
import {
  FIRST_EDITION,
  defaultGroups,
  isIsoDate,
  SCHEMA_VERSION,
  type Action,
  type ActionPriority,
  type ActionStatus,
  type Answer,
  type Assessment,
  type ElementInput,
  type Language,
} from './schema';

/** Reads a text of the `demo` namespace, e.g. t('meta.organisation'). */
export type DemoTranslate = (key: string) => string;

export const DEMO_PARTICIPANT_ID = 'p1';

/** The demo's id for a language: 'demo-nl' or 'demo-en'. */
export function demoId(language: Language): string {
  return `demo-${language}`;
}

/**
 * The management team's answers. A statement that is missing here is left open
 * (sc-3: the team did not know; ed-4: the team could not agree).
 */
export const DEMO_ANSWERS: Readonly<Record<string, Answer>> = {
  // vision-mission-strategy: 3 3 2 4 3
  'vms-1': 3,
  'vms-2': 3,
  'vms-3': 2,
  'vms-4': 4,
  'vms-5': 3,
  // leadership-commitment: 4 4 3 3 4
  'lc-1': 4,
  'lc-2': 4,
  'lc-3': 3,
  'lc-4': 3,
  'lc-5': 4,
  // service-culture: 3 3 open 2 4
  'sc-1': 3,
  'sc-2': 3,
  'sc-4': 2,
  'sc-5': 4,
  // employee-engagement: na 3 3 2 2 (no one was recruited in the assessed period)
  'ee-1': 'na',
  'ee-2': 3,
  'ee-3': 3,
  'ee-4': 2,
  'ee-5': 2,
  // customer-understanding: 2 3 2 2 2
  'cu-1': 2,
  'cu-2': 3,
  'cu-3': 2,
  'cu-4': 2,
  'cu-5': 2,
  // experience-design: 3 2 3 open 2
  'ed-1': 3,
  'ed-2': 2,
  'ed-3': 3,
  'ed-5': 2,
  // service-innovation: 2 1 2 2 2
  'si-1': 2,
  'si-2': 1,
  'si-3': 2,
  'si-4': 2,
  'si-5': 2,
  // processes-structure: 4 4 4 4 3
  'ps-1': 4,
  'ps-2': 4,
  'ps-3': 4,
  'ps-4': 4,
  'ps-5': 3,
  // monitoring: 3 4 na 3 2 (tenants cannot choose another landlord: recommendation says little)
  'mo-1': 3,
  'mo-2': 4,
  'mo-3': 'na',
  'mo-4': 3,
  'mo-5': 2,
};

/** Target level and importance per element, as the management team set them. */
export const DEMO_TARGETS: Readonly<Record<ElementId, { target: Level; importance: Level }>> = {
  'vision-mission-strategy': { target: 4, importance: 3 },
  'leadership-commitment': { target: 4, importance: 4 },
  'service-culture': { target: 4, importance: 4 },
  'employee-engagement': { target: 4, importance: 4 },
  'customer-understanding': { target: 4, importance: 5 },
  'experience-design': { target: 4, importance: 3 },
  'service-innovation': { target: 3, importance: 2 },
  'processes-structure': { target: 5, importance: 3 },
  monitoring: { target: 4, importance: 5 },
};

interface DemoActionDef {
  id: string;
  elementId: ElementId;
  /** Due this many months after the demo's date. */
  months: number;
  status: ActionStatus;
  priority: ActionPriority;
}

export const DEMO_ACTIONS: readonly DemoActionDef[] = [
  {
    id: 'a1',
    elementId: 'customer-understanding',
    months: 3,
    status: 'in-progress',
    priority: 'high',
  },
  { id: 'a2', elementId: 'customer-understanding', months: 1, status: 'open', priority: 'high' },
  { id: 'a3', elementId: 'employee-engagement', months: 2, status: 'open', priority: 'high' },
  { id: 'a4', elementId: 'monitoring', months: 4, status: 'open', priority: 'medium' },
  { id: 'a5', elementId: 'experience-design', months: 6, status: 'open', priority: 'medium' },
  {
    id: 'a6',
    elementId: 'processes-structure',
    months: 3,
    status: 'in-progress',
    priority: 'high',
  },
  { id: 'a7', elementId: 'service-culture', months: 1, status: 'done', priority: 'low' },
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Adds whole months to a YYYY-MM-DD date on the calendar alone (no Date, no time zone), clamping
 * the day to the new month's length: 2026-01-31 + 1 -> 2026-02-28.
 * @throws RangeError on a date that is not a real YYYY-MM-DD calendar date.
 */
export function addMonths(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The demo assessment in one language.
 * @param t reads a text of the `demo` namespace in `language`.
 * @param today the demo's date, YYYY-MM-DD; its year goes into the title, the actions fall due after it.
 * @throws RangeError when `today` is not a real YYYY-MM-DD date.
 */
export function buildDemo(t: DemoTranslate, language: Language, today: string): Assessment {
  if (!isIsoDate(today)) throw new RangeError(`Not a YYYY-MM-DD date: ${today}`);
  const year = today.slice(0, 4);
  const stamp = `${today}T09:00:00.000Z`;

  const elements = Object.fromEntries(
    ELEMENT_IDS.map((id): [ElementId, ElementInput] => [
      id,
      {
        notes: t(`elements.${id}.notes`),
        strengths: t(`elements.${id}.strengths`),
        improvements: t(`elements.${id}.improvements`),
        target: DEMO_TARGETS[id].target,
        importance: DEMO_TARGETS[id].importance,
        agreedScore: null,
        agreedReason: '',
      },
    ]),
  ) as Record<ElementId, ElementInput>;

  const actions: Action[] = DEMO_ACTIONS.map((a) => ({
    id: a.id,
    elementId: a.elementId,
    description: t(`actions.${a.id}.description`),
    owner: t(`actions.${a.id}.owner`),
    due: addMonths(today, a.months),
    status: a.status,
    priority: a.priority,
    stepRef: null,
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    id: demoId(language),
    kind: 'full',
    mode: 'single',
    frameworkEdition: FIRST_EDITION,
    meta: {
      title: `${t('meta.title')} ${year}`,
      titleIsDefault: false,
      organisation: t('meta.organisation'),
      scope: t('meta.scope'),
      assessor: t('meta.assessor'),
      date: today,
      language,
      customerWord: 'tenant',
    },
    participants: [
      { id: DEMO_PARTICIPANT_ID, name: t('participant'), code: 'M1', groupId: 'management' },
    ],
    groups: defaultGroups(),
    anonymity: 'named',
    secret: null,
    lock: { locked: false, history: [] },
    answers: { [DEMO_PARTICIPANT_ID]: { ...DEMO_ANSWERS } },
    quickAnswers: {},
    comments: {},
    elements,
    actions,
    summaryText: '',
    previousAssessmentId: null,
    readOnly: true,
    lastStep: 'results',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
