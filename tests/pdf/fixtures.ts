/**
 * Assessments for the PDF tests, built in code so the expected numbers can be worked out by hand
 * next to the answers. Element scores are the mean of the scored statements (MODEL.md §3).
 */
import { ELEMENT_IDS, type ElementId } from '../../src/model/framework';
import {
  defaultGroups,
  emptyElementInputs,
  SCHEMA_VERSION,
  type Action,
  type Answer,
  type Assessment,
  type Language,
} from '../../src/model/schema';

/** Ł, İ, Ω and Ж: Polish, Turkish, Greek and Cyrillic in one name. */
export const INTERNATIONAL_NAME = 'Łucja İnan-Ωμέγα Жукова';
/** An emoji with a skin tone (one cluster), a rocket and two Chinese characters. */
export const EMOJI_NOTE = 'Goed gedaan 👍🏽 en snel 🚀, zie 中文.';

/**
 * Full assessment, one participant. By hand (mean of scored statements):
 *   vms 3 4 4 3 4 -> 18/5 = 3.6 Integrated          lc 4 3 3 3 open -> 13/4 = 3.25 -> 3.3
 *   sc 2 2 3 na na -> 7/3 = 2.33 -> 2.3              ee 5 5 4 5 5 -> 24/5 = 4.8 Excellent
 *   cu 1 2 2 1 2 -> 8/5 = 1.6 Ad hoc                 ed 3, four open -> 3.0, insufficient answers
 *   si nothing answered -> not assessed             ps 4 4 4 4 3 -> 19/5 = 3.8
 *   mo 2 3 2 3 2 -> 12/5 = 2.4 Developing
 * Overall: (3.6 + 3.25 + 7/3 + 4.8 + 1.6 + 3 + 3.8 + 2.4) / 8 = 24.7833 / 8 = 3.0979 -> 3.1,
 * index from the shown 3.1: (3.1 - 1) * 25 = 52.5 -> 53; incomplete (si has no score).
 */
export const FULL_ANSWERS: Record<string, Answer> = {
  'vms-1': 3,
  'vms-2': 4,
  'vms-3': 4,
  'vms-4': 3,
  'vms-5': 4,
  'lc-1': 4,
  'lc-2': 3,
  'lc-3': 3,
  'lc-4': 3,
  'sc-1': 2,
  'sc-2': 2,
  'sc-3': 3,
  'sc-4': 'na',
  'sc-5': 'na',
  'ee-1': 5,
  'ee-2': 5,
  'ee-3': 4,
  'ee-4': 5,
  'ee-5': 5,
  'cu-1': 1,
  'cu-2': 2,
  'cu-3': 2,
  'cu-4': 1,
  'cu-5': 2,
  'ed-1': 3,
  'ps-1': 4,
  'ps-2': 4,
  'ps-3': 4,
  'ps-4': 4,
  'ps-5': 3,
  'mo-1': 2,
  'mo-2': 3,
  'mo-3': 2,
  'mo-4': 3,
  'mo-5': 2,
};

/** The displayed element scores of FULL_ANSWERS, with '.' as the separator (null: not assessed). */
export const FULL_SCORES: Record<ElementId, string | null> = {
  'vision-mission-strategy': '3.6',
  'leadership-commitment': '3.3',
  'service-culture': '2.3',
  'employee-engagement': '4.8',
  'customer-understanding': '1.6',
  'experience-design': '3.0',
  'service-innovation': null,
  'processes-structure': '3.8',
  monitoring: '2.4',
};
export const FULL_OVERALL = { score: '3.1', index: '53' };

function action(n: number, elementId: ElementId | null, description: string, owner = ''): Action {
  return {
    id: `a${n}`,
    elementId,
    description,
    owner,
    due: `2027-0${(n % 9) + 1}-15`,
    status: n % 3 === 0 ? 'done' : n % 3 === 1 ? 'open' : 'in-progress',
    priority: n % 3 === 0 ? 'low' : n % 3 === 1 ? 'high' : 'medium',
    stepRef: null,
  };
}

function base(kind: Assessment['kind'], language: Language): Assessment {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `pdf-${kind}-${language}`,
    kind,
    mode: 'single',
    frameworkEdition: 1,
    meta: {
      title: 'Nulmeting 2026',
      organisation: 'Zorggroep Noorderlicht',
      scope: 'Klantcontactcentrum',
      assessor: INTERNATIONAL_NAME,
      date: '2026-03-12',
      language,
      titleIsDefault: false,
      customerWord: 'customer',
    },
    participants: [{ id: 'p1', name: INTERNATIONAL_NAME, code: 'M1', groupId: 'management' }],
    groups: defaultGroups(),
    anonymity: 'named',
    secret: null,
    lock: { locked: false, history: [] },
    reportNames: false,
    answers: {},
    quickAnswers: {},
    comments: {},
    elements: emptyElementInputs(),
    actions: [],
    summaryText: '',
    summaryBasis: '',
    previousAssessmentId: null,
    readOnly: false,
    lastStep: 'results',
    createdAt: '2026-03-12T09:00:00.000Z',
    updatedAt: '2026-03-12T09:00:00.000Z',
  };
}

/** The full assessment above, with notes (one with an emoji) and three actions. */
export function fullAssessment(language: Language): Assessment {
  const a = base('full', language);
  a.answers = { p1: { ...FULL_ANSWERS } };
  a.elements['vision-mission-strategy'].notes =
    'De missie noemt de klant; het jaarplan niet. Gesproken met Ωmega-team en Жанна.';
  a.elements['customer-understanding'].notes = EMOJI_NOTE;
  a.elements['customer-understanding'].strengths = 'Klachten worden snel opgepakt.';
  a.elements['customer-understanding'].improvements = 'Klantreizen in kaart brengen.';
  a.actions = [
    action(
      1,
      'customer-understanding',
      'Klantreis "melding tot oplossing" in kaart brengen',
      INTERNATIONAL_NAME,
    ),
    action(2, 'monitoring', 'Herhaalcontacten per maand meten', 'Team KCC'),
    action(3, null, 'Resultaten delen in het kwartaaloverleg', 'Directie'),
  ];
  return a;
}

/**
 * Quick check: levels 3 4 2 5 1 3 (open) 4 2. Overall (3+4+2+5+1+3+4+2)/8 = 24/8 = 3.0.
 */
export function quickAssessment(language: Language): Assessment {
  const a = base('quick', language);
  const levels = [3, 4, 2, 5, 1, 3, null, 4, 2] as const;
  a.quickAnswers = {
    p1: Object.fromEntries(
      ELEMENT_IDS.flatMap((id, i) => (levels[i] === null ? [] : [[id, levels[i]]])),
    ),
  };
  a.actions = [action(1, 'customer-understanding', 'Klantpanel starten', 'Sanne')];
  return a;
}

/**
 * Three participants. vision-mission-strategy: p1 all 2 (2.0), p2 all 4 (4.0), p3 all 3 (3.0):
 * team 3.0, min 2.0, max 4.0, sd sqrt(2/3) = 0.816 -> 0.8, disagreement (4 - 2 >= 2);
 * agreed score 3.5 replaces the team score there. Every other element: everyone answers 3 -> 3.0.
 */
export function teamAssessment(language: Language): Assessment {
  const a = base('full', language);
  a.participants = [
    { id: 'p1', name: INTERNATIONAL_NAME, code: 'M2', groupId: 'management' },
    { id: 'p2', name: 'Jan de Vries', code: 'F1', groupId: 'customer-facing' },
    { id: 'p3', name: 'Zoë Öztürk', code: 'E1', groupId: 'employees' },
  ];
  const all = (vms: number): Record<string, Answer> =>
    Object.fromEntries(
      ELEMENT_IDS.flatMap((_, i) => {
        const code = ['vms', 'lc', 'sc', 'ee', 'cu', 'ed', 'si', 'ps', 'mo'][i]!;
        return [1, 2, 3, 4, 5].map((n) => [`${code}-${n}`, code === 'vms' ? vms : 3]);
      }),
    );
  a.answers = { p1: all(2), p2: all(4), p3: all(3) };
  a.elements['vision-mission-strategy'].agreedScore = 3.5;
  a.actions = [action(1, 'vision-mission-strategy', 'Visie samen herschrijven', 'Jan de Vries')];
  return a;
}

/** A 10,000-character note made of words, so it wraps like real text. */
export function longText(seed: string, length = 10_000): string {
  const words = `${seed} klantbeleving medewerkers verbetering afspraken resultaat wijkteam`.split(
    ' ',
  );
  let out = '';
  for (let i = 0; out.length < length; i++) {
    out += `${words[i % words.length]}${i % 17 === 16 ? '.\n' : ' '}`;
  }
  return out.slice(0, length);
}

/** The full assessment with 10,000-character notes on every element and `actions` actions. */
export function stressAssessment(language: Language, actions: number): Assessment {
  const a = fullAssessment(language);
  for (const id of ELEMENT_IDS) {
    a.elements[id].notes = longText(`Notitie ${id}`);
    a.elements[id].strengths = longText(`Sterk ${id}`, 2000);
    a.elements[id].improvements = longText(`Verbeter ${id}`, 2000);
  }
  a.actions = Array.from({ length: actions }, (_, i) =>
    action(
      i + 1,
      ELEMENT_IDS[i % ELEMENT_IDS.length]!,
      longText(`Actie ${i + 1}`, i % 5 === 0 ? 1200 : 160),
      `Eigenaar ${i + 1}`,
    ),
  );
  return a;
}
