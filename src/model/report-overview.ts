/** The overall score and the dimensions table of the report model. */
import { frameworkKeys } from './framework';
import type { ReportContext } from './report-context';
import type { ReportModel } from './report-types';

export function overallSection(c: ReportContext): ReportModel['overall'] {
  const { r, rp } = c;
  const flags =
    r.overall.score === null
      ? [c.flag('notAssessed')]
      : r.overall.incomplete
        ? [c.flag('incomplete')]
        : [];
  return {
    label: rp('overall.label'),
    score: c.score(r.overall.score),
    flags,
    flagsText: c.joinFlags(flags),
    scoredText: rp('overall.scored', {
      scored: r.overall.scoredElements,
      total: r.overall.totalElements,
    }),
  };
}

export function dimensionsSection(c: ReportContext): ReportModel['dimensions'] {
  const { rp } = c;
  return {
    columns: {
      dimension: rp('columns.dimension'),
      score: rp('columns.score'),
      level: rp('columns.level'),
      index: rp('columns.index'),
      flags: rp('columns.flags'),
    },
    rows: c.r.dimensions.map((d) => {
      const flags =
        d.score === null ? [c.flag('notAssessed')] : d.incomplete ? [c.flag('incomplete')] : [];
      return {
        id: d.dimensionId,
        name: c.fw(frameworkKeys.dimensionName(d.dimensionId)),
        score: c.score(d.score),
        flags,
        flagsText: c.joinFlags(flags),
      };
    }),
  };
}
