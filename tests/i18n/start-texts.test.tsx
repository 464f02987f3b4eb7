import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commonStartOf, frameworkStartOf, quickWordsOf } from '../../build/start-texts';
import { countWords, quickCheckKeys } from '../../src/model/reading-time';
import nl from '../../public/locales/nl/framework.json';
import { loadStartTexts, useTranslation } from '../../src/i18n/use-translation';
import en from '../../public/locales/en/framework.json';
import enCommon from '../../public/locales/en/common.json';

describe('the start page share of the texts', () => {
  const share = frameworkStartOf(en) as typeof en;

  it('keeps the dimension and element names', () => {
    expect(share.dimensions).toEqual(en.dimensions);
    expect(share.elements.monitoring.name).toBe(
      'Monitoring service excellence activities and results',
    );
  });

  it('leaves out the statements, evidence, next steps and the quick check', () => {
    expect(Object.keys(share.elements.monitoring).sort()).toEqual(['name', 'short']);
  });

  it('takes whole groups and single keys of the common texts', () => {
    const common = commonStartOf(enCommon, ['app', 'about.link']) as typeof enCommon;
    expect(common.app).toEqual(enCommon.app);
    expect(common.about).toEqual({
      link: 'About the model: the nine elements, the pyramid and the terms',
    });
    expect(() => commonStartOf(enCommon, ['about.nothing'])).toThrow('about.nothing');
  });

  it('counts the quick check words of the start page', () => {
    // 9 elements, a question and five descriptors each, of one word: 54 words.
    const one = { elements: {} as Record<string, unknown> };
    for (const id of Object.keys(en.elements)) {
      one.elements[id] = { quick: { question: 'Q?', l1: 'a', l2: 'b', l3: 'c', l4: 'd', l5: 'e' } };
    }
    expect(quickWordsOf(one)).toBe(54);
    // As the model counts them in the real files (src/model/reading-time.ts).
    for (const file of [en, nl]) {
      const texts = quickCheckKeys().map((key) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file),
      );
      expect(quickWordsOf(file)).toBe(texts.reduce((n: number, t) => n + countWords(String(t)), 0));
    }
  });
});

function Probe({ count }: { count: number }) {
  const { t, i18n } = useTranslation(['common', 'framework']);
  return (
    <div>
      <p>{t('library.count', { shown: 1, count })}</p>
      <p>{t('elements.monitoring.name', { ns: 'framework' })}</p>
      <p>{t('start.title')}</p>
      <button type="button" onClick={() => void i18n.changeLanguage('nl')}>
        nl
      </button>
    </div>
  );
}

describe('the start page texts before i18next is loaded', () => {
  it('renders plurals, values, other namespaces and a language change', async () => {
    await loadStartTexts('en');
    const { rerender } = render(<Probe count={1} />);
    expect(screen.getByText('1 of 1 assessment shown')).toBeInTheDocument();
    expect(
      screen.getByText('Monitoring service excellence activities and results'),
    ).toBeInTheDocument();
    rerender(<Probe count={4} />);
    expect(screen.getByText('1 of 4 assessments shown')).toBeInTheDocument();

    await act(async () => screen.getByRole('button', { name: 'nl' }).click());
    expect(await screen.findByText('Hoe excellent is jullie dienstverlening?')).toBeInTheDocument();
    expect(screen.getByText('1 van 4 beoordelingen getoond')).toBeInTheDocument();
    expect(screen.getByText('Activiteiten en resultaten monitoren')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });
});
