import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../src/state/assessment-commands';
import { updateAssessment, useAssessments } from '../../src/state/assessments';
import { convertToFull } from '../../src/model/edits';
import { progressOf } from '../../src/model/progress';

vi.mock('../../src/state/storage', () => ({
  readAllAssessments: vi.fn(async () => []),
  writeAssessment: vi.fn(async () => undefined),
  deleteAssessment: vi.fn(async () => undefined),
  clearEverything: vi.fn(async () => undefined),
  readSetting: vi.fn(async () => undefined),
  writeSetting: vi.fn(async () => undefined),
  isQuotaError: () => false,
}));

beforeEach(() => {
  useAssessments.setState({
    status: 'ready',
    byId: {},
    unreadable: [],
    saveState: 'idle',
    problem: null,
  });
});

describe('a new assessment', () => {
  it('starts the second edition: 51 statements to answer', () => {
    const id = createAssessment('full', {
      title: 'Nulmeting 2026',
      titleIsDefault: false,
      organisation: 'Woonstad Noord',
      scope: '',
      assessor: 'Sanne',
      date: '2026-12-01',
      language: 'nl',
      customerWord: 'tenant',
    });
    const a = useAssessments.getState().byId[id]!;
    expect(a.frameworkEdition).toBe(2);
    // Edition 2 by hand: vms 6 + lc 6 + sc 5 + ee 6 + cu 5 + ed 6 + si 6 + ps 6 + mo 5 = 51.
    const participant = a.participants[0]!.id;
    expect(progressOf(a, participant)).toMatchObject({ answered: 0, total: 51 });
  });

  it('keeps no UI position inside the record (where the user is lives in the settings)', () => {
    const id = createAssessment('quick', {
      title: 'Quickscan',
      titleIsDefault: false,
      organisation: 'Woonstad Noord',
      scope: '',
      assessor: '',
      date: '2026-12-01',
      language: 'nl',
      customerWord: 'tenant',
    });
    const a = useAssessments.getState().byId[id]!;
    expect(Object.keys(a)).not.toContain('lastStep');
    updateAssessment(id, convertToFull);
    expect(Object.keys(useAssessments.getState().byId[id]!)).not.toContain('lastStep');
  });
});
