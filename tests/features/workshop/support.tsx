import type { Assessment, Participant } from '../../../src/model/schema';
import { newWorkshop, workshopGroups } from '../../../src/model/workshop/setup';
import { addAssessment, useAssessments } from '../../../src/state/assessments';

export const WORKSHOP = 'w-test';

/** Anna (M1) and Bram (M2) in Management, Cas (E1) in Employees. */
export const PEOPLE: Participant[] = [
  { id: 'p-anna', name: 'Anna', code: 'M1', groupId: 'management' },
  { id: 'p-bram', name: 'Bram', code: 'M2', groupId: 'management' },
  { id: 'p-cas', name: 'Cas', code: 'E1', groupId: 'employees' },
];

/** A quick-check workshop of three in the store; `patch` may add answers, a lock, ... */
export function addTestWorkshop(
  patch: Partial<Assessment> = {},
  kind: Assessment['kind'] = 'quick',
) {
  const a = {
    ...newWorkshop({
      id: WORKSHOP,
      kind,
      meta: {
        title: 'Team day',
        organisation: 'Acme',
        scope: '',
        assessor: 'Fay',
        date: '2026-03-01',
        language: 'en',
        titleIsDefault: false,
        customerWord: 'customer',
      },
      groups: workshopGroups(),
      participants: PEOPLE,
      anonymity: 'named',
      secret: 'AAAAAAAAAAAAAAAAAAAAAA',
      now: '2026-03-01T10:00:00.000Z',
    }),
    ...patch,
  };
  addAssessment(a);
  return a;
}

export function storedWorkshop(id = WORKSHOP): Assessment {
  const a = useAssessments.getState().byId[id];
  if (!a) throw new Error(`No assessment ${id} in the store`);
  return a;
}
