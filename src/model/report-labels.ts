/** The report's fixed texts: details of the assessment, section titles, column headings. */
import { formatIsoDate } from './format-date';
import { EXPORT_COLUMNS, EXPORT_TABLES } from './export-tables';
import type { ReportContext } from './report-context';
import type { ReportModel } from './report-types';

export function metaSection(c: ReportContext): ReportModel['meta'] {
  const { rp } = c;
  const { meta } = c.assessment;
  return {
    // An untouched default title is made in the report language, not the screen's (a
    // workshop's default is "Workshop 2026", as its setup page made it).
    title: meta.titleIsDefault
      ? rp(c.assessment.mode === 'workshop' ? 'defaultWorkshopTitle' : 'defaultTitle', {
          year: meta.date.slice(0, 4),
        })
      : meta.title,
    organisation: meta.organisation,
    scope: meta.scope,
    assessor: meta.assessor,
    date: meta.date,
    dateText: formatIsoDate(meta.date, c.lang),
    frameworkEdition: c.assessment.frameworkEdition,
    labels: {
      organisation: rp('meta.organisation'),
      scope: rp('meta.scope'),
      assessor: rp('meta.assessor'),
      date: rp('meta.date'),
      kind: rp('meta.kind'),
      participants: rp('meta.participants'),
    },
  };
}

const SECTIONS = [
  'summary',
  'radar',
  'scores',
  'strengths',
  'improvementAreas',
  'notAssessed',
  'details',
  'actions',
  'participants',
  'comparison',
  'warnings',
  'appendix',
] as const;

export function sectionTitles(c: ReportContext): ReportModel['sections'] {
  return Object.fromEntries(
    SECTIONS.map((s) => [s, c.rp(`sections.${s}`)]),
  ) as ReportModel['sections'];
}

export function elementColumns(c: ReportContext): ReportModel['elements']['columns'] {
  const { rp } = c;
  return {
    element: rp('columns.element'),
    score: rp('columns.score'),
    level: rp('columns.level'),
    teamScore: rp('columns.teamScore'),
    agreedScore: rp('columns.agreedScore'),
    target: rp('columns.target'),
    gap: rp('columns.gap'),
    importance: rp('columns.importance'),
    priority: rp('columns.priority'),
    spread: rp('columns.spread'),
    flags: rp('columns.flags'),
  };
}

export function detailLabels(c: ReportContext): Pick<ReportModel['details'], 'labels' | 'columns'> {
  const { rp } = c;
  return {
    labels: {
      about: rp('details.about'),
      excellent: rp('details.excellent'),
      statements: rp('details.statements'),
      quickLevel: rp('details.quickLevel'),
      notes: rp('details.notes'),
      strengths: rp('details.strengths'),
      improvements: rp('details.improvements'),
      nextSteps: rp('details.nextSteps'),
      participants: rp('details.participants'),
    },
    columns: {
      statement: rp('columns.statement'),
      score: rp('columns.score'),
      min: rp('columns.min'),
      max: rp('columns.max'),
      sd: rp('columns.sd'),
      answers: rp('columns.answers'),
      answer: rp('columns.answer'),
    },
  };
}

export function exportLabels(c: ReportContext): ReportModel['exportLabels'] {
  const { rp } = c;
  const of = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, rp(`${prefix}.${k}`)])) as Record<K, string>;
  return {
    tables: of(EXPORT_TABLES, 'export.tables'),
    columns: of(EXPORT_COLUMNS, 'export.columns'),
    fields: of(['title', 'language', 'edition'] as const, 'export.fields'),
  };
}
