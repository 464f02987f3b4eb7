/** The radar section of the report model: axes, series and their labels. */
import { ELEMENT_IDS } from './framework';
import { formatIsoDate } from './format-date';
import type { ReportContext } from './report-context';
import type { ReportElementRow, ReportRadar } from './report-types';
import { computeResults } from './results';
import type { Assessment } from './schema';

export function radarSection(
  c: ReportContext,
  rows: readonly ReportElementRow[],
  previous: Assessment | null = null,
): ReportRadar {
  const { r, rp } = c;
  const anyAgreed = r.elements.some((e) => e.agreed !== null);
  const before = previous ? computeResults(previous) : null;
  const flagged = r.flags.insufficient;
  return {
    axes: rows.map((row) => ({
      id: row.id,
      label: row.shortName,
      notAssessed: row.score.value === null,
    })),
    current: r.elements.map((e) => e.effective?.value ?? null),
    team: r.elements.map((e) => e.teamScore?.value ?? null),
    agreed: anyAgreed ? r.elements.map((e) => e.agreed?.value ?? null) : null,
    target: r.elements.map((e) => e.target),
    teamMin: c.several ? r.elements.map((e) => e.spread?.min ?? null) : null,
    teamMax: c.several ? r.elements.map((e) => e.spread?.max ?? null) : null,
    previous: before ? ELEMENT_IDS.map((id) => before.effectiveScores[id] ?? null) : null,
    flagged,
    flaggedPrevious: before ? before.flags.insufficient : [],
    labels: {
      current: rp('radar.current'),
      team: rp('radar.team'),
      agreed: rp('radar.agreed'),
      effective: rp('pdf.effective'),
      target: rp('radar.target'),
      range: rp('radar.range'),
      previous: previous
        ? rp('radar.previousOf', { date: formatIsoDate(previous.meta.date, c.lang) })
        : rp('radar.previous'),
      notAssessed: rp('flags.notAssessed'),
      flagged: rp('radar.flagged'),
      flaggedFootnote:
        flagged.length > 0 ? rp('radar.flaggedFootnote', { elements: c.list(flagged) }) : '',
    },
  };
}
