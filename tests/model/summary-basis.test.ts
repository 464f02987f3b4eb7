import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/model/results';
import { summaryBasis, summaryChanges } from '../../src/model/summary-basis';
import type { Assessment } from '../../src/model/schema';
import { fullAssessment } from '../pdf/fixtures';

const basisOf = (a: Assessment, previous: Assessment | null = null) =>
  summaryBasis(computeResults(a), previous ? computeResults(previous) : null);

/** The full fixture with the consultant's own summary, written against today's figures. */
function written(): Assessment {
  const a = fullAssessment('nl');
  a.summaryText = 'De organisatie staat er redelijk voor.';
  a.summaryBasis = basisOf(a);
  return a;
}

describe('the figures a summary was written against', () => {
  it('are the shown scores, targets and importance, in a language-free text', () => {
    // fixtures.ts: overall 3.0979 -> 3.1; cu 1.6, target 4, importance 3; si not assessed.
    const basis = basisOf(fullAssessment('nl'));
    expect(basis).toContain('overall=3.1;');
    expect(basis).toContain('customer-understanding=1.6/4/3;');
    expect(basis).toContain('service-innovation=-/4/3;');
    expect(basis).toBe(basisOf(fullAssessment('en')));
  });

  it('say nothing changed while the figures stay as they were', () => {
    const a = written();
    expect(summaryChanges(a, basisOf(a))).toEqual([]);
    // A note is not a figure.
    a.elements.monitoring.notes = 'Nieuwe notitie';
    expect(summaryChanges(a, basisOf(a))).toEqual([]);
  });

  it('name what changed: an answer moves the element and the overall, a target only its element', () => {
    const a = written();
    // cu 1 2 2 1 2 -> 1 2 2 1 5: 11/5 = 2.2; overall (24.7833 - 1.6 + 2.2) / 8 = 3.1729 -> 3.2.
    a.answers.p1!['cu-5'] = 5;
    expect(summaryChanges(a, basisOf(a))).toEqual(['overall', 'customer-understanding']);

    const b = written();
    b.elements.monitoring.target = 5;
    expect(summaryChanges(b, basisOf(b))).toEqual(['monitoring']);

    // An answer that leaves the shown score as it was changes nothing a summary can say:
    // ps 4 4 4 4 3 -> 4 4 4 4 4 moves 3.8 to 4.0, but vms 3 4 4 3 4 -> 3 4 4 4 3 stays 3.6.
    const c = written();
    c.answers.p1!['vms-4'] = 4;
    c.answers.p1!['vms-5'] = 3;
    expect(summaryChanges(c, basisOf(c))).toEqual([]);
  });

  it('notice a previous assessment added or changed', () => {
    const a = written();
    const previous = fullAssessment('nl');
    expect(summaryChanges(a, basisOf(a, previous))).toEqual(['previous']);
  });

  it('have nothing to check without an own text, or for a text saved before the basis was kept', () => {
    const a = fullAssessment('nl');
    expect(summaryChanges(a, basisOf(a))).toBeNull();
    const old = written();
    old.summaryBasis = '';
    expect(summaryChanges(old, basisOf(old))).toBeNull();
  });
});
