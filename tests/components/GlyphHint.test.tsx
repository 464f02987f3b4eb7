import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { GlyphHint } from '../../src/components/GlyphHint';
import { createTestI18n } from '../support/i18n';

async function show(text: string, lng: 'nl' | 'en') {
  const i18n = await createTestI18n(lng);
  render(
    <I18nextProvider i18n={i18n}>
      <GlyphHint text={text} />
    </I18nextProvider>,
  );
  return screen.getByRole('status');
}

describe('GlyphHint', () => {
  it('names the emoji that will print as the placeholder', async () => {
    const hint = await show('Klant belt 3× terug → blij 🎉', 'en');
    expect(hint).toHaveTextContent('The PDF font has no sign for 🎉: it prints as ◌.');
  });

  it('says it in Dutch too', async () => {
    const hint = await show('Goed 👍🏽', 'nl');
    expect(hint).toHaveTextContent(
      'Het lettertype van de pdf heeft geen teken voor 👍🏽: het wordt afgedrukt als ◌.',
    );
  });

  it('says nothing when every character prints', async () => {
    const hint = await show('Łódzkie Wodociągi ≥ 85 % ✓ Zoe\u0308', 'nl');
    expect(hint).toBeEmptyDOMElement();
  });
});
