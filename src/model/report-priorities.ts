/** Strengths, improvement areas (with next steps) and what was not assessed. */
import type { ReportContext } from './report-context';
import type { ReportElementRow, ReportModel } from './report-types';

type Rows = ReadonlyMap<string, ReportElementRow>;

export function strengthsSection(c: ReportContext, rowOf: Rows): ReportModel['strengths'] {
  return {
    emptyText: c.rp('strengths.none'),
    items: c.r.strengths.map((s) => ({
      id: s.elementId,
      name: c.elementName(s.elementId),
      score: rowOf.get(s.elementId)!.score,
    })),
  };
}

export function improvementAreasSection(
  c: ReportContext,
  rowOf: Rows,
): ReportModel['improvementAreas'] {
  return {
    emptyText: c.rp('improvementAreas.none'),
    items: c.r.improvementAreas.map((a) => {
      const row = rowOf.get(a.elementId)!;
      return {
        rank: a.rank,
        id: a.elementId,
        name: row.name,
        score: row.score,
        targetText: row.targetText,
        gapText: row.gapText,
        priorityText: row.priorityText,
        flags: row.flags,
        nextSteps: c.nextSteps(a.nextStep)!,
      };
    }),
  };
}

export function notAssessedSection(c: ReportContext): ReportModel['notAssessed'] {
  return {
    text: c.rp('notAssessed.text'),
    items: c.r.notAssessed.map((id) => ({ id, name: c.elementName(id) })),
  };
}
