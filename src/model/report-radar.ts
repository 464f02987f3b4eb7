/** The radar section of the report model: axes, series and their labels. */
import type { ReportContext } from './report-context';
import type { ReportElementRow, ReportRadar } from './report-types';

export function radarSection(c: ReportContext, rows: readonly ReportElementRow[]): ReportRadar {
  const { r, rp } = c;
  const anyAgreed = r.elements.some((e) => e.agreed !== null);
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
    labels: {
      current: rp('radar.current'),
      team: rp('radar.team'),
      agreed: rp('radar.agreed'),
      target: rp('radar.target'),
      range: rp('radar.range'),
      notAssessed: rp('flags.notAssessed'),
    },
  };
}
