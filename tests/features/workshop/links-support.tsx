import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { newAssessment } from '../../../src/model/edits';
import type { Assessment, AssessmentKind } from '../../../src/model/schema';
import { addAssessment, useAssessments } from '../../../src/state/assessments';
import { testI18n } from '../../support/store';

export const WORKSHOP_ID = 'ws-test';
/** 0x01..0x10 as base64url. */
export const WORKSHOP_SECRET = 'AQIDBAUGBwgJCgsMDQ4PEA';

/**
 * A workshop of five in two groups, made directly through the store: Management M1, M2 and
 * Customer-facing staff K1, K2, K3 (edition 2, tenants, anonymous).
 */
export function addWorkshop(
  kind: AssessmentKind = 'full',
  patch: Partial<Assessment> = {},
): Assessment {
  const base = newAssessment({
    id: WORKSHOP_ID,
    kind,
    meta: {
      title: 'Workshop De Linde',
      organisation: 'Woonstichting De Linde',
      scope: '',
      assessor: 'Fenna',
      date: '2026-12-01',
      language: 'en',
      titleIsDefault: false,
      customerWord: 'tenant',
    },
    participantId: 'p1',
    now: '2026-12-01T10:00:00.000Z',
    frameworkEdition: 2,
  });
  const a: Assessment = {
    ...base,
    mode: 'workshop',
    anonymity: 'anonymous',
    secret: WORKSHOP_SECRET,
    participants: [
      { id: 'p1', name: '', code: 'M1', groupId: 'management' },
      { id: 'p2', name: '', code: 'M2', groupId: 'management' },
      { id: 'p3', name: '', code: 'K1', groupId: 'customer-facing' },
      { id: 'p4', name: '', code: 'K2', groupId: 'customer-facing' },
      { id: 'p5', name: '', code: 'K3', groupId: 'customer-facing' },
    ],
    ...patch,
  };
  addAssessment(a);
  return a;
}

export function stored(id = WORKSHOP_ID): Assessment {
  const a = useAssessments.getState().byId[id];
  if (!a) throw new Error(`No assessment ${id} in the store`);
  return a;
}

export async function renderWithI18n(ui: ReactElement, lng: 'en' | 'nl' = 'en') {
  const i18n = await testI18n(lng);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
