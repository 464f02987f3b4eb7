/**
 * The second demo: a workshop of the same fictional housing association (Woonstichting De Linde),
 * nine participants in three groups of three, answering the second edition in the tenant's word.
 * Its point is the perception gap (MODEL.md: 80% of boards call their company customer-centred,
 * 8% of their customers agree): management scores itself clearly higher than the front line on
 * leadership commitment and on understanding tenants. Pure: texts come through `t` (the `demo`
 * namespace, `workshop.*`); answers, names and dates live here, the same in both languages.
 *
 * How the answers are built, so every figure can be checked by hand (tests/model/demo.test.ts):
 * each group has one answer per statement (GROUP_ANSWERS). Its first member answers exactly that;
 * the second one point higher on the first statement that can go up; the third one point lower
 * on the last scored statement that can go down. So each group's element score (the mean of its
 * members' element scores) is the mean of its own answers. The agreement step is done: the
 * answers are locked (with one unlock on record) and every element has its agreed score.
 */
import { ELEMENT_IDS, statementIdsOf, type ElementId } from './framework';
import { DEMO_EDITION, DEMO_TARGETS, addMonths, type DemoTranslate } from './demo';
import {
  SCHEMA_VERSION,
  isIsoDate,
  type Action,
  type ActionPriority,
  type ActionStatus,
  type Answer,
  type Assessment,
  type ElementInput,
  type Group,
  type Language,
  type Participant,
} from './schema';

/** The workshop demo's id for a language. */
export function workshopDemoId(language: Language): string {
  return `demo-workshop-${language}`;
}

type GroupId = 'management' | 'employees' | 'customer-facing';

const GROUPS: readonly Group[] = [
  { id: 'management', preset: 'management', name: '' },
  { id: 'employees', preset: 'employees', name: '' },
  { id: 'customer-facing', preset: 'customer-facing', name: '' },
];

/** Nine participants, three per group; the names are the same in both languages. */
export const WORKSHOP_PARTICIPANTS: readonly Participant[] = [
  { id: 'w-m1', name: 'Annelies Kok', code: 'M1', groupId: 'management' },
  { id: 'w-m2', name: 'Mark de Vries', code: 'M2', groupId: 'management' },
  { id: 'w-m3', name: 'Ingrid Visser', code: 'M3', groupId: 'management' },
  { id: 'w-e1', name: 'Jeroen Bakker', code: 'E1', groupId: 'employees' },
  { id: 'w-e2', name: 'Sanne Mulder', code: 'E2', groupId: 'employees' },
  { id: 'w-e3', name: 'Kees Hoekstra', code: 'E3', groupId: 'employees' },
  { id: 'w-f1', name: 'Fatima El Amrani', code: 'F1', groupId: 'customer-facing' },
  { id: 'w-f2', name: 'Peter Jansen', code: 'F2', groupId: 'customer-facing' },
  { id: 'w-f3', name: 'Lotte Smit', code: 'F3', groupId: 'customer-facing' },
];

type Row = readonly Answer[];

/**
 * Per element and group, one answer per statement of edition 2 in questionnaire order. The
 * group means, by hand (these are what the results show per group):
 *   element                  management          employees           front line
 *   vision (6)               18/6 = 3.0          16/6 = 2.67 -> 2.7  dk dk: 9/4 = 2.25 -> 2.3
 *   leadership (6)           22/6 = 3.67 -> 3.7  15/6 = 2.5          12/6 = 2.0   gap 1.7
 *   culture (5)              13/5 = 2.6          12/5 = 2.4          12/5 = 2.4
 *   engagement (6)           16/6 = 2.67 -> 2.7  13/6 = 2.17 -> 2.2  12/6 = 2.0
 *   understanding (5)        14/5 = 2.8          10/5 = 2.0           7/5 = 1.4   gap 1.4
 *   design (6)               13/6 = 2.17 -> 2.2  13/6 -> 2.2         13/6 -> 2.2
 *   innovation (6)            8/6 = 1.33 -> 1.3   8/6 -> 1.3          7/6 = 1.17 -> 1.2
 *   processes (6)            22/6 = 3.67 -> 3.7  19/6 = 3.17 -> 3.2  17/6 = 2.83 -> 2.8
 *   monitoring (5)           13/5 = 2.6          12/5 = 2.4          10/5 = 2.0
 */
export const GROUP_ANSWERS: Readonly<Record<ElementId, Readonly<Record<GroupId, Row>>>> = {
  'vision-mission-strategy': {
    management: [3, 3, 2, 4, 3, 3],
    employees: [2, 3, 2, 4, 2, 3],
    'customer-facing': [2, 'dk', 2, 3, 'dk', 2],
  },
  'leadership-commitment': {
    management: [4, 4, 4, 3, 3, 4],
    employees: [3, 3, 2, 2, 2, 3],
    'customer-facing': [2, 2, 2, 2, 2, 2],
  },
  'service-culture': {
    management: [3, 3, 3, 2, 2],
    employees: [3, 2, 3, 2, 2],
    'customer-facing': [3, 3, 3, 2, 1],
  },
  'employee-engagement': {
    management: [3, 3, 3, 3, 2, 2],
    employees: [3, 3, 2, 2, 1, 2],
    'customer-facing': [2, 3, 2, 2, 1, 2],
  },
  'customer-understanding': {
    management: [3, 3, 3, 3, 2],
    employees: [2, 2, 2, 2, 2],
    'customer-facing': [2, 1, 1, 2, 1],
  },
  'experience-design': {
    management: [3, 2, 2, 2, 2, 2],
    employees: [3, 2, 2, 2, 2, 2],
    'customer-facing': [3, 1, 2, 3, 2, 2],
  },
  'service-innovation': {
    management: [2, 1, 2, 1, 1, 1],
    employees: [2, 1, 2, 1, 1, 1],
    'customer-facing': [1, 1, 2, 1, 1, 1],
  },
  'processes-structure': {
    management: [4, 4, 4, 4, 3, 3],
    employees: [4, 3, 4, 3, 3, 2],
    'customer-facing': [3, 3, 3, 3, 3, 2],
  },
  monitoring: {
    management: [2, 4, 2, 3, 2],
    employees: [2, 4, 1, 3, 2],
    'customer-facing': [2, 3, 1, 3, 1],
  },
};

/** One member's answers: the group's row, nudged up (second member) or down (third member). */
function memberRow(row: Row, member: 0 | 1 | 2): Answer[] {
  const out = [...row];
  if (member === 1) {
    const i = out.findIndex((v) => typeof v === 'number' && v < 5);
    if (i >= 0) out[i] = ((out[i] as number) + 1) as Answer;
  }
  if (member === 2) {
    const i = out.findLastIndex((v) => typeof v === 'number' && v > 1);
    if (i >= 0) out[i] = ((out[i] as number) - 1) as Answer;
  }
  return out;
}

function answersOf(p: Participant, member: 0 | 1 | 2): Record<string, Answer> {
  const group = p.groupId as GroupId;
  const answers: Record<string, Answer> = {};
  for (const id of ELEMENT_IDS) {
    const ids = statementIdsOf(DEMO_EDITION, id);
    memberRow(GROUP_ANSWERS[id][group], member).forEach((answer, i) => {
      answers[ids[i]!] = answer;
    });
  }
  return answers;
}

/**
 * The agreement, as the facilitator recorded it. Triage (MODEL.md "Team": participants within 1.0
 * of each other) accepted five elements at the displayed team score, by hand from GROUP_ANSWERS
 * (team = mean of the three group means; range = highest minus lowest member, as displayed):
 *   culture      (2.6 + 2.4 + 2.4) / 3 = 2.467 -> 2.5   members 2.2 to 2.8, range 0.6
 *   engagement   (2.667 + 2.167 + 2.0) / 3 = 2.278 -> 2.3   members 1.8 to 2.8, range 1.0
 *   design       (2.167 x 3) / 3 = 2.167 -> 2.2            members 2.0 to 2.3, range 0.3
 *   innovation   (1.333 + 1.333 + 1.167) / 3 = 1.278 -> 1.3 members 1.0 to 1.5, range 0.5
 *   monitoring   (2.6 + 2.4 + 2.0) / 3 = 2.333 -> 2.3      members 1.8 to 2.8, range 1.0
 * The other four were discussed and agreed with a reason (`workshop.agreed.<element>`), each
 * at or below the team score once the front line's account had been heard:
 *   vision 2.6 -> 2.5 (members 2.0 to 3.2), leadership 2.7 -> 2.5 (1.8 to 3.8), understanding
 *   2.1 -> 1.8 (1.2 to 3.0), processes 3.2 -> 3.0 (2.7 to 3.8).
 */
const AGREED: Readonly<Record<ElementId, { score: number; discussed: boolean }>> = {
  'vision-mission-strategy': { score: 2.5, discussed: true },
  'leadership-commitment': { score: 2.5, discussed: true },
  'service-culture': { score: 2.5, discussed: false },
  'employee-engagement': { score: 2.3, discussed: false },
  'customer-understanding': { score: 1.8, discussed: true },
  'experience-design': { score: 2.2, discussed: false },
  'service-innovation': { score: 1.3, discussed: false },
  'processes-structure': { score: 3.0, discussed: true },
  monitoring: { score: 2.3, discussed: false },
};

/**
 * The lock, minutes after the workshop's start at 09:00 (UTC): the facilitator started the
 * agreement at 10:40, unlocked at 10:52 so a front-line participant could change two answers to
 * "don't know" (the vision note says so), and locked again at 10:58.
 */
const LOCK_TIMES: readonly (readonly [string, boolean])[] = [
  ['10:40', true],
  ['10:52', false],
  ['10:58', true],
];

interface ActionDef {
  id: string;
  elementId: ElementId;
  months: number;
  status: ActionStatus;
  priority: ActionPriority;
}

const ACTIONS: readonly ActionDef[] = [
  { id: 'w1', elementId: 'leadership-commitment', months: 1, status: 'open', priority: 'high' },
  { id: 'w2', elementId: 'customer-understanding', months: 2, status: 'open', priority: 'high' },
  { id: 'w3', elementId: 'vision-mission-strategy', months: 3, status: 'open', priority: 'medium' },
  {
    id: 'w4',
    elementId: 'processes-structure',
    months: 2,
    status: 'in-progress',
    priority: 'high',
  },
];

/**
 * The workshop demo in one language, read-only like the first demo.
 * @param t reads a text of the `demo` namespace in `language`.
 * @param today the workshop's date, YYYY-MM-DD.
 * @throws RangeError when `today` is not a real YYYY-MM-DD date.
 */
export function buildWorkshopDemo(t: DemoTranslate, language: Language, today: string): Assessment {
  if (!isIsoDate(today)) throw new RangeError(`Not a YYYY-MM-DD date: ${today}`);
  const stamp = `${today}T09:00:00.000Z`;
  const elements = Object.fromEntries(
    ELEMENT_IDS.map((id): [ElementId, ElementInput] => [
      id,
      {
        notes: t(`workshop.elements.${id}`),
        strengths: '',
        improvements: '',
        target: DEMO_TARGETS[id].target,
        importance: DEMO_TARGETS[id].importance,
        agreedScore: AGREED[id].score,
        agreedReason: AGREED[id].discussed ? t(`workshop.agreed.${id}`) : '',
      },
    ]),
  ) as Record<ElementId, ElementInput>;
  const actions: Action[] = ACTIONS.map((a) => ({
    id: a.id,
    elementId: a.elementId,
    description: t(`workshop.actions.${a.id}.description`),
    owner: t(`workshop.actions.${a.id}.owner`),
    due: addMonths(today, a.months),
    status: a.status,
    priority: a.priority,
    stepRef: null,
  }));
  const answers = Object.fromEntries(
    WORKSHOP_PARTICIPANTS.map((p, i) => [p.id, answersOf(p, (i % 3) as 0 | 1 | 2)]),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    id: workshopDemoId(language),
    kind: 'full',
    mode: 'workshop',
    frameworkEdition: DEMO_EDITION,
    meta: {
      title: `${t('workshop.meta.title')} ${today.slice(0, 4)}`,
      titleIsDefault: false,
      organisation: t('workshop.meta.organisation'),
      scope: t('workshop.meta.scope'),
      assessor: t('workshop.meta.assessor'),
      date: today,
      language,
      customerWord: 'tenant',
    },
    participants: [...WORKSHOP_PARTICIPANTS],
    groups: [...GROUPS],
    anonymity: 'named',
    secret: null,
    lock: {
      locked: true,
      history: LOCK_TIMES.map(([time, locked]) => ({ at: `${today}T${time}:00.000Z`, locked })),
    },
    reportNames: false,
    answers,
    quickAnswers: {},
    comments: {},
    elements,
    actions,
    summaryText: '',
    summaryBasis: '',
    previousAssessmentId: null,
    readOnly: true,
    createdAt: stamp,
    // The last agreed score was saved at the end of the workshop.
    updatedAt: `${today}T11:45:00.000Z`,
  };
}
