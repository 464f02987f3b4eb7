import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { expectCodesOnPhone } from './support/phone';

describe('the two demos', () => {
  const { open } = useBrowser();

  it('opens the management team demo: edition 2 in the tenant word, with its hand-worked overall', async () => {
    const page = await open({ locale: 'nl-NL' });
    await page.getByRole('button', { name: 'Open het voorbeeld' }).click();
    const overall = page.locator('.results-overall');
    // src/model/demo.ts by hand: 21.2 / 9 = 2.356 -> 2,4, In ontwikkeling, index 35.
    await expect.poll(() => overall.textContent()).toContain('2,4 · In ontwikkeling · index 35');
    // The first improvement area: understanding tenants 1.8, target 3, importance 5 -> 6,0; its
    // first step says how you will know it works, in the tenant word.
    await expect
      .poll(() =>
        page.getByText('Kies jullie belangrijkste huurdersreis', { exact: false }).count(),
      )
      .toBeGreaterThan(0);
    expect(await page.getByText('Zo merk je dat het werkt:').count()).toBeGreaterThan(0);
  });

  it('opens the workshop demo from the start page: nine participants, leadership to discuss', async () => {
    const page = await open({ locale: 'en-GB' });
    await page
      .getByRole('link', { name: 'Or see a workshop: nine participants in three groups' })
      .click();
    await expect.poll(() => page.url()).toMatch(/#\/demo\/workshop$/);
    const overall = page.locator('.results-overall');
    // src/model/demo-workshop.ts by hand: the agreed scores 20.4 / 9 = 2.27 -> 2.3, index 33
    // (the team means alone would give 2.4, index 35).
    await expect.poll(() => overall.textContent()).toContain('2.3 · Developing · index 33');
    // Leadership: M2 3.8 and F3 1.8 lie 2 apart, so the participants disagree on it.
    expect(await overall.textContent()).toContain('Leadership');
    await expectNoAxeViolations(page, 'workshop demo results en');
    // Its roster on a phone: one card per participant, no sideways scrolling, every code in view.
    await page.goto(page.url().split('#')[0] + '#/workshop/demo-workshop-en');
    const roster = page.getByRole('table', { name: 'Participants and their progress' });
    await expectCodesOnPhone(page, roster, roster.getByRole('rowheader'), [
      'M1',
      'M2',
      'M3',
      'E1',
      'E2',
      'E3',
      'F1',
      'F2',
      'F3',
    ]);
    await expectNoAxeViolations(page, 'workshop demo roster on a phone');
  });
});
