import { cleanup } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { flushSaves, useAssessments } from '../../src/state/assessments';
import { usePositions } from '../../src/state/positions';
import { createTestI18n } from './i18n';

/** Unmounts first, so emptying the store does not re-render a page outside act(). */
export async function resetStore(): Promise<void> {
  cleanup();
  await flushSaves();
  useAssessments.setState({
    status: 'ready',
    byId: {},
    summaries: {},
    saveState: 'idle',
    problem: null,
  });
  usePositions.setState({ byId: {} });
}

const instances: Partial<Record<'en' | 'nl', I18n>> = {};

/** One test i18n instance per language, shared by the tests of a file. */
export async function testI18n(lng: 'en' | 'nl'): Promise<I18n> {
  instances[lng] ??= await createTestI18n(lng);
  return instances[lng];
}
