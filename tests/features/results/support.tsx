import { cleanup, render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ResultsPage } from '../../../src/features/results/ResultsPage';
import type { Assessment } from '../../../src/model/schema';
import { addAssessment, flushSaves, useAssessments } from '../../../src/state/assessments';
import { createTestI18n } from '../../support/i18n';

export function stored(id: string): Assessment {
  const a = useAssessments.getState().byId[id];
  if (!a) throw new Error(`No assessment ${id} in the store`);
  return a;
}

/** Unmounts first, so emptying the store does not re-render a page outside act(). */
export async function resetStore(): Promise<void> {
  cleanup();
  await flushSaves();
  useAssessments.setState({ status: 'ready', byId: {}, saveState: 'idle', problem: null });
}

/** jsdom has no showModal(): enough of <dialog> for the confirm flow. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

const instances: Partial<Record<'en' | 'nl', I18n>> = {};

export async function testI18n(lng: 'en' | 'nl'): Promise<I18n> {
  instances[lng] ??= await createTestI18n(lng);
  return instances[lng];
}

/** Puts the assessment in the store and renders `ui` with the real translations. */
export async function renderWith(ui: ReactElement, assessment: Assessment, lng: 'en' | 'nl') {
  addAssessment(assessment);
  const i18n = await testI18n(lng);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** Puts the assessment in the store and renders its results page. */
export function renderResults(assessment: Assessment, lng: 'en' | 'nl') {
  return renderWith(<ResultsPage id={assessment.id} />, assessment, lng);
}
