import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_WORDS,
  customerWordOf,
  withCustomerWord,
  type Translate,
} from '../../src/model/customer-word';
import { readLocale } from '../support/i18n';

/** A minimal translate over the real framework file: key lookup and {{var}} interpolation. */
function translateFor(lng: 'nl' | 'en'): Translate {
  const file = readLocale(lng, 'framework');
  return (key, vars = {}) => {
    const text = key
      .replace(/^framework:/, '')
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file);
    return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      name in vars ? String(vars[name]) : `{{${name}}}`,
    );
  };
}

const MO7 = 'elements.monitoring.statements.mo-7';
const ED1 = 'elements.experience-design.statements.ed-1';

describe('the customer word', () => {
  it('offers the six words of the model', () => {
    expect(CUSTOMER_WORDS).toEqual([
      'customer',
      'tenant',
      'resident',
      'client',
      'patient',
      'guest',
    ]);
  });

  it('fills singular, plural and compound forms in Dutch', () => {
    const t = translateFor('nl');
    expect(withCustomerWord(t, 'tenant')(MO7)).toBe(
      'Onze organisatie meet hoe vaak huurders zeggen dat hun verwachtingen zijn overtroffen.',
    );
    // compound: huurders + reizen
    expect(withCustomerWord(t, 'tenant')(ED1)).toBe(
      'Onze organisatie beschrijft stap voor stap wat huurders in de belangrijkste huurdersreizen moeten ervaren.',
    );
    expect(withCustomerWord(t, 'patient')(ED1)).toBe(
      'Onze organisatie beschrijft stap voor stap wat patiënten in de belangrijkste patiëntreizen moeten ervaren.',
    );
    expect(withCustomerWord(t, 'customer')(ED1)).toBe(
      'Onze organisatie beschrijft stap voor stap wat klanten in de belangrijkste klantreizen moeten ervaren.',
    );
  });

  it('fills the English forms, and works with a namespaced translate', () => {
    const t = translateFor('en');
    expect(withCustomerWord(t, 'guest', 'framework:')(`framework:${ED1}`)).toBe(
      'Our organisation describes step by step what guests should experience in its main guest journeys.',
    );
  });

  it('capitalises the word at the start of a sentence, and lets the caller add variables', () => {
    const t: Translate = (key, vars = {}) =>
      key === 'x'
        ? `${String(vars.Customers)} and ${String(vars.CustomerIn)}reis, n=${String(vars.n)}`
        : (
            {
              'customerWords.client.one': 'cliënt',
              'customerWords.client.many': 'cliënten',
              'customerWords.client.compound': 'cliënt',
            } as Record<string, string>
          )[key]!;
    expect(withCustomerWord(t, 'client')('x', { n: 3 })).toBe('Cliënten and Cliëntreis, n=3');
  });

  it("reads an assessment's word, and falls back to customer", () => {
    expect(customerWordOf({ meta: { customerWord: 'resident' } })).toBe('resident');
    expect(customerWordOf({ meta: { customerWord: 'user' } })).toBe('customer');
    expect(customerWordOf({ meta: {} })).toBe('customer');
    expect(customerWordOf(null)).toBe('customer');
    expect(customerWordOf(undefined)).toBe('customer');
  });
});
