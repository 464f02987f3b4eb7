/**
 * Dates the way each language writes them: '25 november 2026' / '25 November 2026'. An ISO date
 * is a calendar date, not an instant, so it is formatted in UTC to avoid a shift to the day before.
 */
export function formatIsoDate(iso: string, language: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
