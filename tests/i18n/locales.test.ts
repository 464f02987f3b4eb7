import { describe, expect, it } from 'vitest';
import { ALL_NAMESPACES as NAMESPACES } from '../../src/i18n/config';
import { localeLanguages, readLocale } from '../support/i18n';

function leafKeys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leafKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object') return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('translation files', () => {
  it('exist for exactly Dutch and English', () => {
    expect(localeLanguages().sort()).toEqual(['en', 'nl']);
  });

  for (const ns of NAMESPACES) {
    it(`${ns}: nl and en have identical key sets`, () => {
      const en = new Set(leafKeys(readLocale('en', ns)));
      const nl = new Set(leafKeys(readLocale('nl', ns)));
      expect(
        [...en].filter((k) => !nl.has(k)),
        'keys missing in nl',
      ).toEqual([]);
      expect(
        [...nl].filter((k) => !en.has(k)),
        'keys missing in en',
      ).toEqual([]);
    });

    it(`${ns}: every value is a non-empty string`, () => {
      for (const lng of ['en', 'nl']) {
        const bad = leaves(readLocale(lng, ns)).filter(
          ([, v]) => typeof v !== 'string' || v.trim() === '',
        );
        expect(bad.map(([k]) => `${lng}:${k}`)).toEqual([]);
      }
    });
  }
});
