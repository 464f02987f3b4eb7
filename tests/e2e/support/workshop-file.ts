import { ELEMENT_IDS } from '../../../src/model/framework';

/** The id of the workshop in workshopFile(). */
export const WORKSHOP_ID = 'ws-e2e-links';

/** A quick-check workshop of two, as a facilitator would have saved it to a file. */
export function workshopFile(): string {
  const now = '2026-12-01T09:00:00.000Z';
  const inputs = Object.fromEntries(
    ELEMENT_IDS.map((e) => [
      e,
      {
        notes: '',
        strengths: '',
        improvements: '',
        target: 4,
        importance: 3,
        agreedScore: null,
        agreedReason: '',
      },
    ]),
  );
  return JSON.stringify({
    schemaVersion: 2,
    id: WORKSHOP_ID,
    kind: 'quick',
    mode: 'workshop',
    frameworkEdition: 2,
    meta: {
      title: 'Workshop De Linde',
      titleIsDefault: false,
      organisation: 'Woonstichting De Linde',
      scope: '',
      assessor: 'Fenna',
      date: '2026-12-01',
      language: 'en',
      customerWord: 'tenant',
    },
    participants: [
      { id: 'p-m1', name: '', code: 'M1', groupId: 'management' },
      { id: 'p-k1', name: '', code: 'K1', groupId: 'customer-facing' },
    ],
    groups: [
      { id: 'management', preset: 'management', name: '' },
      { id: 'customer-facing', preset: 'customer-facing', name: '' },
    ],
    anonymity: 'anonymous',
    secret: 'AQIDBAUGBwgJCgsMDQ4PEA',
    lock: { locked: false, history: [] },
    answers: {},
    quickAnswers: {},
    comments: {},
    elements: inputs,
    actions: [],
    summaryText: '',
    previousAssessmentId: null,
    readOnly: false,
    lastStep: null,
    createdAt: now,
    updatedAt: now,
  });
}
