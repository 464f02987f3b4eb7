// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/schema';
import { fullAssessment } from './fixtures';
import { removeTempDir, renderToFile, type RenderedPdf } from './support';

afterAll(removeTempDir);

/**
 * The previous assessment: FULL_ANSWERS with vms 3 3 3 3 4 (16/5 = 3.2) and mo 2 2 2 2 2 (2.0).
 * Now (fixtures): vms 3.6 and mo 2.4, so both rise by 0.4, from the shown scores.
 * Overall over the 8 elements scored in both: now 24.7833 / 8 = 3.098 -> 3.1, before
 * (24.7833 - 0.4 - 0.4) / 8 = 2.998 -> 3.0: +0.1.
 */
function previousOf(current: Assessment): Assessment {
  const a = structuredClone(current);
  a.id = 'a-previous';
  a.meta = { ...a.meta, date: '2025-03-12', title: 'Nulmeting 2025' };
  a.answers = {
    p1: { ...a.answers.p1, 'vms-2': 3, 'vms-3': 3, 'mo-2': 2, 'mo-4': 2 },
  };
  return a;
}

describe('the report of a reassessment', () => {
  let pdf: RenderedPdf;
  it('renders, with the change since the previous assessment', async () => {
    const now = { ...fullAssessment('en'), previousAssessmentId: 'a-previous' };
    pdf = await renderToFile('reassessment-en', now, 'en', null, previousOf(now));
    expect(pdf.text).toContain('Compared with the previous assessment');
    expect(pdf.text).toContain(
      'Overall change +0.1, over the 8 elements scored in both assessments.',
    );
  });

  it('draws the previous line in the radar legend, dated', () => {
    const radarPage = pdf.pageTexts.find((p) => p.includes('Previous assessment (12 March 2025)'));
    expect(radarPage).toBeDefined();
    expect(radarPage).toContain('Target');
  });

  it('explains the open marker of the flagged element below the radar', () => {
    // Experience design has 1 of 5 statements scored: insufficient answers.
    expect(pdf.text).toContain('insufficient answers (open marker)');
    expect(pdf.text).toMatch(/An open marker means insufficient answers: .*Experience design/);
  });
});
