import { testI18n } from '../../support/store';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { newAssessment } from '../../../src/model/edits';
import type { Assessment, AssessmentKind } from '../../../src/model/schema';
import { addAssessment, useAssessments } from '../../../src/state/assessments';

export const PARTICIPANT = 'p-test';

/** A fresh assessment of the given kind, put in the store (storage is mocked by the caller). */
export function addTestAssessment(
  kind: AssessmentKind,
  patch: Partial<Assessment> = {},
  id = `a-${kind}`,
): Assessment {
  const a = {
    ...newAssessment({
      id,
      kind,
      meta: {
        title: 'Baseline 2026',
        organisation: 'Acme',
        scope: '',
        assessor: 'Sam',
        date: '2026-03-01',
        language: 'en',
        titleIsDefault: false,
        customerWord: 'customer',
      },
      participantId: PARTICIPANT,
      now: '2026-03-01T10:00:00.000Z',
    }),
    ...patch,
  };
  addAssessment(a);
  return a;
}

export function stored(id: string): Assessment {
  const a = useAssessments.getState().byId[id];
  if (!a) throw new Error(`No assessment ${id} in the store`);
  return a;
}

export async function renderWithI18n(ui: ReactElement, lng: 'en' | 'nl' = 'en') {
  const i18n = await testI18n(lng);
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return {
    ...result,
    rerender: (next: ReactElement) =>
      result.rerender(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>),
  };
}
