/** The warnings that open the scores section: flagged, not assessed, disagreement, agreed, quick. */
import type { ElementId } from './framework';
import type { ReportContext } from './report-context';
import type { ReportWarning } from './report-types';

export function warningsSection(c: ReportContext): ReportWarning[] {
  const { r } = c;
  const quick =
    r.kind === 'full'
      ? r.elements
          .filter((e) => e.team.teamSource === 'quick' || e.team.teamSource === 'mixed')
          .map((e) => e.elementId)
      : [];
  const candidates: [ReportWarning['code'], ElementId[]][] = [
    ['insufficient', r.flags.insufficient],
    ['notAssessed', r.flags.notAssessed],
    ['disagreement', c.several ? r.flags.disagreement : []],
    ['agreed', r.flags.agreed],
    ['quick', quick],
  ];
  return candidates
    .filter(([, ids]) => ids.length > 0)
    .map(([code, ids]) => ({
      code,
      elementIds: ids,
      text: c.rp(`warnings.${code}`, { count: ids.length, elements: c.list(ids) }),
    }));
}
