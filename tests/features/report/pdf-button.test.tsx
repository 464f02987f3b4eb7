import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfButton } from '../../../src/features/report/PdfButton';
import { handAssessment } from '../results/fixture';
import { renderWith } from '../results/support';
import { resetStore } from '../../support/store';

// The PDF code itself, stood in for: what is tested is when it is asked for.
const loadPdf = vi.hoisted(() => vi.fn(() => new Promise<never>(() => undefined)));
vi.mock('../../../src/pdf/make-report-pdf', () => {
  loadPdf();
  return {};
});

describe('PdfButton', () => {
  afterEach(() => {
    resetStore();
    vi.unstubAllGlobals();
  });

  it('loads the PDF code once the pointer reaches its controls, not when the page shows', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const a = handAssessment();
    await renderWith(<PdfButton assessment={a} />, a, 'en');
    const group = await screen.findByRole('group', { name: 'PDF report' });
    // Shown, and idle moments come and go: nothing is loaded.
    expect(idle).toHaveLength(0);
    fireEvent.pointerEnter(group);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    await vi.waitFor(() => expect(loadPdf).toHaveBeenCalledTimes(1));
    // Once: the pointer coming back, or the focus, asks for nothing more.
    fireEvent.pointerEnter(group);
    fireEvent.focus(screen.getByRole('button', { name: 'Download PDF' }));
    expect(idle).toHaveLength(0);
  });
});
