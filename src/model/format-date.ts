import { localeOf } from './numbers';
import type { Language } from './schema';

// Built once per language: a report formats a date per action.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * Formats an ISO date (YYYY-MM-DD) as a calendar date in the language: '25 november 2026',
 * '25 November 2026'. It is read as a plain date in UTC and written in UTC, so no time zone
 * can move it to the day before. Anything that is not such a date is returned unchanged.
 */
export function formatIsoDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(date);
}
