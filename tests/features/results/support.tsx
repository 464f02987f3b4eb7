import { testI18n } from '../../support/store';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ResultsPage } from '../../../src/features/results/ResultsPage';
import type { Assessment } from '../../../src/model/schema';
import { addAssessment, useAssessments } from '../../../src/state/assessments';

export function stored(id: string): Assessment {
  const a = useAssessments.getState().byId[id];
  if (!a) throw new Error(`No assessment ${id} in the store`);
  return a;
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
