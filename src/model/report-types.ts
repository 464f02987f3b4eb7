/**
 * The shape of the report model: plain, serialisable data that the results page, the CSV and the
 * PDF render. Built by buildReport() in report.ts.
 */
import type { DimensionId, ElementId, Level } from './framework';
import type { ExportColumn, ExportTableId } from './export-tables';
import type { NextStep } from './priorities';
import type { Action, Assessment, Language } from './schema';
import type { Results } from './results';

/** A translate function bound to the report's language, i18next style (namespace:key). */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface ReportOptions {
  /** The language of numbers and dates; defaults to the assessment's meta.language. */
  language?: Language;
  /** A previous assessment to compare with (adds the comparison section). */
  previous?: Assessment | null;
  /** The assessment's computeResults, when the caller has it already (the results page). */
  results?: Results;
}

export type ReportFlagCode =
  'insufficient' | 'incomplete' | 'notAssessed' | 'disagreement' | 'agreed' | 'quick';
export interface ReportFlag {
  code: ReportFlagCode;
  text: string;
}

/** A score ready to print, with the raw numbers for charts and sorting. */
export interface ReportScore {
  value: number | null;
  text: string;
  level: Level | null;
  levelName: string;
  index: number | null;
  indexText: string;
}

export interface ReportSpread {
  min: number;
  max: number;
  sd: number;
  minText: string;
  maxText: string;
  sdText: string;
  disagreement: boolean;
}

export interface ReportNextSteps {
  /** Per step: already in the action plan (by its step reference, or the same text). */
  added: boolean[];
  title: string;
  move: NextStep['move'];
  stayExcellent: boolean;
  items: string[];
  /** How you will know each step works, in the same order as `items`. */
  checks: string[];
  /** The label before each check ("How you'll know it works:"). */
  checkLabel: string;
  /** The steps' permanent ids, in the same order (actions made from a step record it). */
  stepIds: string[];
}

export interface ReportElementRow {
  id: ElementId;
  dimensionId: DimensionId;
  dimensionName: string;
  name: string;
  shortName: string;
  /** The effective score: agreed if set, else the team score. */
  score: ReportScore;
  teamScore: ReportScore;
  agreedScore: ReportScore | null;
  target: number;
  targetText: string;
  gap: number | null;
  gapText: string;
  importance: number;
  importanceText: string;
  priority: number | null;
  priorityText: string;
  spread: ReportSpread | null;
  flags: ReportFlag[];
  flagsText: string;
}

export interface ReportStatementRow {
  id: string;
  text: string;
  /** Team mean of the scored answers. */
  score: ReportScore;
  spread: ReportSpread | null;
  scored: number;
  notApplicable: number;
  dontKnow: number;
  open: number;
  /** One assessor: the answer itself ("4", "n/a", "don't know"); several: the non-zero counts. */
  answersText: string;
  /** What evidence to look for and whom to ask; '' for a retired statement (it has none). */
  evidence: string;
  /** Which groups can usually answer it; '' for a retired statement. */
  groups: string;
  /** Both, labelled, as one line for print; '' when there is no evidence text. */
  evidenceText: string;
}

export interface ReportElementDetail {
  id: ElementId;
  name: string;
  dimensionName: string;
  about: string;
  excellent: string;
  score: ReportScore;
  teamScore: ReportScore;
  agreedScore: ReportScore | null;
  flags: ReportFlag[];
  flagsText: string;
  spread: ReportSpread | null;
  /** Each participant's own score (only when there are several). */
  participants: { name: string; score: ReportScore; flags: ReportFlag[] }[];
  /** Full assessments: the statements with the team's answers. */
  statements: ReportStatementRow[];
  /** Quick checks: the descriptor of the level of the score. */
  quickDescriptor: string | null;
  notes: string;
  strengths: string;
  improvements: string;
  nextSteps: ReportNextSteps | null;
}

export interface ReportActionRow {
  id: string;
  elementId: ElementId | null;
  elementName: string;
  description: string;
  owner: string;
  due: string | null;
  dueText: string;
  status: Action['status'];
  statusText: string;
  priority: Action['priority'];
  priorityText: string;
}

export interface ReportWarning {
  code: 'insufficient' | 'notAssessed' | 'disagreement' | 'agreed' | 'quick';
  elementIds: ElementId[];
  text: string;
}

export interface ReportRadar {
  /** Model order: the first axis at the top, then clockwise. */
  axes: { id: ElementId; label: string; notAssessed: boolean }[];
  /** Effective scores; null breaks the polygon at a "not assessed" marker. */
  current: (number | null)[];
  team: (number | null)[];
  /** Null when no agreed score is set. */
  agreed: (number | null)[] | null;
  target: number[];
  /** Null with a single participant. */
  teamMin: (number | null)[] | null;
  teamMax: (number | null)[] | null;
  /** The previous assessment's effective scores (a reassessment); null without one. */
  previous: (number | null)[] | null;
  /** Elements whose shown score is flagged "insufficient answers" (open markers). */
  flagged: ElementId[];
  /** Elements whose previous score was flagged. */
  flaggedPrevious: ElementId[];
  labels: {
    current: string;
    team: string;
    agreed: string;
    /** The scores in use when agreed scores exist (agreed, else team). */
    effective: string;
    target: string;
    range: string;
    previous: string;
    notAssessed: string;
    flagged: string;
    /** "Open marker: ... (Employee engagement)": printed below the radar when any is flagged. */
    flaggedFootnote: string;
  };
}

export interface ReportComparison {
  previousTitle: string;
  previousDateText: string;
  columns: { element: string; previous: string; current: string; delta: string };
  rows: {
    id: ElementId;
    name: string;
    previousText: string;
    currentText: string;
    delta: number | null;
    deltaText: string;
  }[];
  overall: { count: number; delta: number | null; deltaText: string; text: string };
  /** Set when the two were answered with different editions: only element scores compare. */
  editionsText: string | null;
}

export interface ReportModel {
  language: Language;
  documentTitle: string;
  disclaimer: string;
  kind: Assessment['kind'];
  kindText: string;
  /** Which sections apply, so every renderer shows the same ones and nothing else. */
  fit: {
    /** Several participants: spreads, disagreement, per-participant scores, answer counts. */
    team: boolean;
    quick: boolean;
    /** A quick check continued as a full assessment: quick-check levels may stand in. */
    converted: boolean;
    /** An agreed score is set for at least one element. */
    agreed: boolean;
    /** Compared with a previous assessment. */
    reassessment: boolean;
  };
  meta: {
    title: string;
    organisation: string;
    scope: string;
    assessor: string;
    date: string;
    dateText: string;
    /** The framework edition the questionnaire was answered with. */
    frameworkEdition: number;
    labels: {
      organisation: string;
      scope: string;
      assessor: string;
      date: string;
      kind: string;
      participants: string;
    };
  };
  sections: Record<
    | 'summary'
    | 'radar'
    | 'scores'
    | 'strengths'
    | 'improvementAreas'
    | 'notAssessed'
    | 'details'
    | 'actions'
    | 'participants'
    | 'comparison'
    | 'warnings'
    | 'appendix',
    string
  >;
  /** The executive summary: the consultant's text when given, else the one made from the figures. */
  summary: {
    /** The generated text, paragraphs separated by a blank line. */
    generated: string;
    /** True when the consultant's own text (assessment.summaryText) replaces it. */
    custom: boolean;
    /** What the report prints, paragraph by paragraph. */
    paragraphs: string[];
  };
  overall: {
    label: string;
    score: ReportScore;
    flags: ReportFlag[];
    flagsText: string;
    scoredText: string;
  };
  dimensions: {
    columns: { dimension: string; score: string; level: string; index: string; flags: string };
    rows: {
      id: DimensionId;
      name: string;
      score: ReportScore;
      flags: ReportFlag[];
      flagsText: string;
    }[];
  };
  elements: {
    columns: Record<
      | 'element'
      | 'score'
      | 'level'
      | 'teamScore'
      | 'agreedScore'
      | 'target'
      | 'gap'
      | 'importance'
      | 'priority'
      | 'spread'
      | 'flags',
      string
    >;
    rows: ReportElementRow[];
  };
  strengths: { emptyText: string; items: { id: ElementId; name: string; score: ReportScore }[] };
  improvementAreas: {
    emptyText: string;
    items: {
      rank: number;
      id: ElementId;
      name: string;
      score: ReportScore;
      targetText: string;
      gapText: string;
      priorityText: string;
      flags: ReportFlag[];
      nextSteps: ReportNextSteps;
    }[];
  };
  notAssessed: { text: string; items: { id: ElementId; name: string }[] };
  details: {
    labels: Record<
      | 'about'
      | 'excellent'
      | 'statements'
      | 'quickLevel'
      | 'notes'
      | 'strengths'
      | 'improvements'
      | 'nextSteps'
      | 'participants',
      string
    >;
    columns: {
      statement: string;
      score: string;
      min: string;
      max: string;
      sd: string;
      answers: string;
      /** One assessor's statement tables: the answer itself. */
      answer: string;
    };
    elements: ReportElementDetail[];
  };
  actions: {
    emptyText: string;
    columns: Record<'element' | 'description' | 'owner' | 'due' | 'status' | 'priority', string>;
    rows: ReportActionRow[];
  };
  participants: {
    columns: Record<'name' | 'group' | 'answers' | 'score', string>;
    rows: {
      id: string;
      name: string;
      groupText: string;
      answersText: string;
      score: ReportScore;
    }[];
  };
  radar: ReportRadar;
  /** Workshops only: the team and group section. */
  team: ReportTeam | null;
  /** Sheet names and column headings of the CSV and the workbook. */
  exportLabels: {
    tables: Record<ExportTableId, string>;
    columns: Record<ExportColumn, string>;
    fields: Record<'title' | 'language' | 'edition', string>;
  };
  warnings: ReportWarning[];
  comparison: ReportComparison | null;
  appendix: {
    method: { title: string; text: string };
    scale: {
      title: string;
      levels: { level: Level; name: string; descriptor: string; rangeText: string }[];
    };
    scoring: { title: string; rules: string[] };
    disclaimer: string;
  };
}

/** The team and group section of a workshop's report (report-team.ts). */
export interface ReportTeam {
  title: string;
  /** The workbook's sheet names and the gap sheet's own column headers. */
  sheets: Record<'team' | 'groups' | 'gaps' | 'groupA' | 'groupB' | 'scoreA' | 'scoreB', string>;
  /** How many answered, and the anonymity level. */
  intro: string;
  columns: Record<
    | 'element'
    | 'team'
    | 'agreed'
    | 'spread'
    | 'answers'
    | 'dontKnow'
    | 'reason'
    | 'min'
    | 'max'
    | 'disagreement',
    string
  >;
  rows: {
    id: ElementId;
    name: string;
    /** As displayed (one decimal), null when none. */
    team: number | null;
    teamText: string;
    agreed: number | null;
    agreedText: string;
    reason: string;
    min: number | null;
    max: number | null;
    spreadText: string;
    answers: number;
    dontKnow: number;
    disagreement: boolean;
    /** Every participant's own element score as displayed, lowest first: the unnamed dot plot. */
    dots: number[];
  }[];
  /** The dot plot of the spread per element (PDF). */
  spread: { title: string; intro: string };
  discuss: { title: string; emptyText: string; items: string[] };
  groups: {
    title: string;
    intro: string;
    /** Why a group is not shown (too few answers, or to protect another). */
    notes: string[];
    /** One per shown group: its name and how many answered. */
    columns: string[];
    /** The shown groups' names alone, for the radar's legend. */
    names: string[];
    /** The heading of the radar with a line per group. */
    radarTitle: string;
    rows: { id: ElementId; name: string; values: (number | null)[]; cells: string[] }[];
  };
  gaps: {
    title: string;
    intro: string;
    flagText: string;
    columns: { element: string; gap: string };
    items: {
      title: string;
      a: string;
      b: string;
      rows: {
        id: ElementId;
        name: string;
        /** The groups' scores as displayed; null when none. */
        aValue: number | null;
        bValue: number | null;
        aText: string;
        bText: string;
        gap: number | null;
        gapText: string;
        flagged: boolean;
      }[];
    }[];
  };
}
