/**
 * The read-only demo: a complete full assessment of a fictional Dutch housing association
 * (Woonstichting De Linde, customer service and neighbourhood teams), answered by its management
 * team on the second edition in the tenant's word, so a visitor sees every result screen filled
 * in before starting their own. Pure: the texts come from the `demo` namespace through the `t`
 * passed in; the numbers (answers, targets, importance, action dates) live here because they are
 * the same in every language. Each score follows from its element's notes, which name their
 * dated sources (KWH Q3 report, Q3 dashboard, the March staff survey).
 *
 * The profile, by element (mean of the scored statements; see tests/model/demo.test.ts):
 * strongest on processes (3.5), weakest on service innovation (1.3) and understanding tenants
 * (1.8). One "don't know" (sc-3), one open (ed-4), nothing "not applicable".
 */
import { ELEMENT_IDS, type Edition, type ElementId, type Level } from './framework';
import {
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

/** The edition the demos answer: their statement ids are this edition's. */
export const DEMO_EDITION: Edition = 2;

/** The demo's id for a language: 'demo-nl' or 'demo-en'. */
export function demoId(language: Language): string {
  return `demo-${language}`;
}

/**
 * The management team's answers to the second edition. A statement missing here is left open
 * (ed-4: the team could not agree whether the welcome visit counts); sc-3 is "don't know" (the
 * team does not know how feedback goes on the floor). No statement is "not applicable": every
 * one of them applies to a housing association.
 */
export const DEMO_ANSWERS: Readonly<Record<string, Answer>> = {
  // vision-mission-strategy: 2 3 1 4 2 3
  'vms-6': 2,
  'vms-7': 3,
  'vms-3': 1,
  'vms-4': 4,
  'vms-8': 2,
  'vms-5': 3,
  // leadership-commitment: 4 4 2 2 2 4
  'lc-6': 4,
  'lc-2': 4,
  'lc-7': 2,
  'lc-3': 2,
  'lc-4': 2,
  'lc-5': 4,
  // service-culture: 3 3 dk 2 2
  'sc-1': 3,
  'sc-2': 3,
  'sc-3': 'dk',
  'sc-4': 2,
  'sc-6': 2,
  // employee-engagement: 3 3 2 2 1 2
  'ee-1': 3,
  'ee-2': 3,
  'ee-6': 2,
  'ee-4': 2,
  'ee-7': 1,
  'ee-8': 2,
  // customer-understanding: 2 2 2 2 1
  'cu-1': 2,
  'cu-6': 2,
  'cu-3': 2,
  'cu-4': 2,
  'cu-5': 1,
  // experience-design: 3 2 2 2 open 2
  'ed-1': 3,
  'ed-2': 2,
  'ed-6': 2,
  'ed-8': 2,
  'ed-7': 2,
  // service-innovation: 2 1 2 1 1 1
  'si-1': 2,
  'si-2': 1,
  'si-3': 2,
  'si-4': 1,
  'si-6': 1,
  'si-7': 1,
  // processes-structure: 4 4 4 4 3 2
  'ps-6': 4,
  'ps-7': 4,
  'ps-3': 4,
  'ps-8': 4,
  'ps-9': 3,
  'ps-5': 2,
  // monitoring: 2 4 1 3 1
  'mo-6': 2,
  'mo-2': 4,
  'mo-7': 1,
  'mo-4': 3,
  'mo-5': 1,
};

/**
 * Target level and importance per element, as the management team set them: about one level
 * above today's score, for the coming year; innovation deliberately modest (basics first).
 */
export const DEMO_TARGETS: Readonly<Record<ElementId, { target: Level; importance: Level }>> = {
  'vision-mission-strategy': { target: 3, importance: 3 },
  'leadership-commitment': { target: 4, importance: 4 },
  'service-culture': { target: 3, importance: 4 },
  'employee-engagement': { target: 3, importance: 4 },
  'customer-understanding': { target: 3, importance: 5 },
  'experience-design': { target: 3, importance: 3 },
  'service-innovation': { target: 2, importance: 2 },
  'processes-structure': { target: 4, importance: 3 },
  monitoring: { target: 3, importance: 5 },
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
  // Damp and mould: the recurring reports in the processes notes.
  {
    id: 'a8',
    elementId: 'processes-structure',
    months: 2,
    status: 'in-progress',
    priority: 'high',
  },
  {
    id: 'a9',
    elementId: 'leadership-commitment',
    months: 2,
    status: 'open',
    priority: 'medium',
  },
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
    frameworkEdition: DEMO_EDITION,
    meta: {
      title: `${t('meta.title')} ${year}`,
      // The title is the generated one, so a report in the other language makes it in its own.
      titleIsDefault: true,
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
    reportNames: false,
    answers: { [DEMO_PARTICIPANT_ID]: { ...DEMO_ANSWERS } },
    quickAnswers: {},
    comments: {},
    elements,
    actions,
    summaryText: '',
    summaryBasis: '',
    previousAssessmentId: null,
    readOnly: true,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
