import type { TFunction } from 'i18next';
import type { FieldRef } from '../../model/file-import';
import { frameworkKeys } from '../../model/framework';
import { localeOf } from '../../model/numbers';
import type { Language } from '../../model/schema';

const DETAIL_FIELDS = new Set([
  'title',
  'organisation',
  'scope',
  'assessor',
  'date',
  'language',
  'customerWord',
]);

/** A place in an assessment in the user's words: "Monitoring, statement 3", "action 2 (owner)". */
export function describeField(ref: FieldRef, t: TFunction): string {
  const element = (id: string) =>
    String(t(frameworkKeys.elementName(id as never) as never, { ns: 'framework' }));
  const withField = (place: string, field: string | null) =>
    field ? t('files.where.withField', { place, field }) : place;
  switch (ref.kind) {
    case 'statement':
      return withField(
        t('files.where.statement', { element: element(ref.elementId), number: ref.number }),
        ref.field,
      );
    case 'element':
      return withField(element(ref.elementId), ref.field);
    case 'detail':
      return DETAIL_FIELDS.has(ref.field)
        ? t(`new.fields.${ref.field}` as 'new.fields.title')
        : t('files.where.detail', { field: ref.field });
    case 'item':
      return withField(t(`files.where.${ref.list}`, { number: ref.number }), ref.field);
    case 'field':
      return ref.path;
  }
}

/** "a, b and c" in the language. */
export function listOf(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(items);
}
