import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { newAssessment } from '../../../src/model/edits';
import type { Assessment, AssessmentKind } from '../../../src/model/schema';
import { addAssessment, flushSaves, useAssessments } from '../../../src/state/assessments';
import { createTestI18n } from '../../support/i18n';

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

export async function resetStore(): Promise<void> {
  await flushSaves();
  useAssessments.setState({ status: 'ready', byId: {}, saveState: 'idle', problem: null });
}

/** jsdom has no showModal(): enough of <dialog> for the confirm flow. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

const instances: Partial<Record<'en' | 'nl', I18n>> = {};

export async function renderWithI18n(ui: ReactElement, lng: 'en' | 'nl' = 'en') {
  instances[lng] ??= await createTestI18n(lng);
  const i18n = instances[lng];
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return {
    ...result,
    rerender: (next: ReactElement) =>
      result.rerender(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>),
  };
}
