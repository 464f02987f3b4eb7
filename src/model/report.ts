/**
 * The report model: plain, serialisable data built from an assessment and a translate function
 * already bound to the report's language. The screen, the CSV and the PDF all render this one
 * model, so every text and number format is decided here and the three never disagree.
 * Keys come from the `framework` namespace ('framework:elements.x.name') and the `report`
 * namespace ('report:...').
 */
import { customerWordOf, withCustomerWord } from './customer-word';
import { ELEMENT_IDS, LEVELS, frameworkKeys, type ElementId, type Level } from './framework';
import { compareScores } from './compare';
import {
  describeScore,
  formatDecimal,
  formatDelta,
  formatIndex,
  formatScore,
  type ScoreValue,
} from './numbers';
import { computeResults, type ElementResult, type Results } from './results';
import type { Assessment, Language } from './schema';
import type { NextStep } from './priorities';
import type { Spread } from './team';
import { formatIsoDate } from './format-date';
import type {
  Translate,
  ReportOptions,
  ReportFlagCode,
  ReportFlag,
  ReportScore,
  ReportSpread,
  ReportNextSteps,
  ReportElementRow,
  ReportElementDetail,
  ReportWarning,
  ReportRadar,
  ReportComparison,
  ReportModel,
} from './report-types';

/** The displayed score range of each level (MODEL.md: 1.0-1.7, 1.8-2.5, ...). */
const LEVEL_RANGES: Record<Level, readonly [number, number]> = {
  1: [1, 1.7],
  2: [1.8, 2.5],
  3: [2.6, 3.3],
  4: [3.4, 4.1],
  5: [4.2, 5],
};

const SCORING_RULES = [
  'scale',
  'notApplicable',
  'element',
  'insufficient',
  'quick',
  'conversion',
  'team',
  'agreed',
  'dimension',
  'overall',
  'weighting',
  'rounding',
  'index',
  'priority',
  'strengths',
] as const;

/**
 * Builds the report model of an assessment. `t` must already be bound to the report's
 * language; numbers and dates follow options.language, else the assessment's language.
 */
export function buildReport(
  assessment: Assessment,
  t: Translate,
  options: ReportOptions = {},
): ReportModel {
  const lang = options.language ?? assessment.meta.language;
  const r = computeResults(assessment);
  const rp = (key: string, vars?: Record<string, unknown>) => t(`report:${key}`, vars);
  // Framework texts name the customer in the assessment's own word (tenant, resident, ...).
  const fw = withCustomerWord(
    (key, vars) => t(`framework:${key}`, vars),
    customerWordOf(assessment),
  );
  const noValue = rp('noValue');
  const elementName = (id: ElementId) => fw(frameworkKeys.elementName(id));
  // A group renamed by the user shows its own name; a default group its translated one.
  const groupName = (groupId: string) => {
    const group = assessment.groups.find((g) => g.id === groupId);
    if (group?.name) return group.name;
    return group?.preset ? rp(`groups.${group.preset}`) : groupId;
  };
  const levelName = (level: Level) => fw(frameworkKeys.levelName(level));
  // Short names with commas: full names contain commas and "and" themselves, so a prose list
  // ("A, B and C") of them reads ambiguously.
  const list = (ids: readonly ElementId[]) =>
    ids.map((id) => fw(frameworkKeys.elementShortName(id))).join(', ');
  const joinFlags = (flags: readonly ReportFlag[]) => flags.map((f) => f.text).join('; ');
  const flag = (code: ReportFlagCode): ReportFlag => ({ code, text: rp(`flags.${code}`) });
  const num = (x: number | null, decimals = 1) =>
    x === null ? noValue : formatDecimal(x, decimals, lang);

  const score = (s: ScoreValue | null): ReportScore =>
    s === null
      ? { value: null, text: noValue, level: null, levelName: '', index: null, indexText: noValue }
      : {
          value: s.value,
          text: formatScore(s.value, lang),
          level: s.level,
          levelName: levelName(s.level),
          index: s.index,
          indexText: formatIndex(s.index, lang),
        };
  const spread = (s: Spread | null): ReportSpread | null =>
    s === null
      ? null
      : {
          min: s.min,
          max: s.max,
          sd: s.sd,
          minText: formatScore(s.min, lang),
          maxText: formatScore(s.max, lang),
          sdText: formatDecimal(s.sd, 1, lang),
          disagreement: s.disagreement,
        };
  const nextSteps = (step: NextStep | null): ReportNextSteps | null =>
    step === null
      ? null
      : {
          title: step.stayExcellent
            ? rp('nextSteps.stayExcellent')
            : rp('nextSteps.title', {
                from: levelName(step.level),
                to: levelName((step.level + 1) as Level),
              }),
          move: step.move,
          stayExcellent: step.stayExcellent,
          items: step.keys.map((k) => fw(k)),
        };
  const severalParticipants = r.participantCount > 1;
  const elementFlags = (e: ElementResult): ReportFlag[] => {
    const flags: ReportFlag[] = [];
    if (e.effective === null) flags.push(flag('notAssessed'));
    if (e.insufficient) flags.push(flag('insufficient'));
    if (severalParticipants && e.disagreement) flags.push(flag('disagreement'));
    if (e.effectiveSource === 'agreed') flags.push(flag('agreed'));
    if (r.kind === 'full' && e.team.teamSource !== null && e.team.teamSource !== 'statements') {
      flags.push(flag('quick'));
    }
    return flags;
  };

  const rows = r.elements.map((e): ReportElementRow => {
    const flags = elementFlags(e);
    return {
      id: e.elementId,
      dimensionId: e.dimensionId,
      dimensionName: fw(frameworkKeys.dimensionName(e.dimensionId)),
      name: elementName(e.elementId),
      shortName: fw(frameworkKeys.elementShortName(e.elementId)),
      score: score(e.effective),
      teamScore: score(e.teamScore),
      agreedScore: e.agreed === null ? null : score(e.agreed),
      target: e.target,
      targetText: num(e.target, 0),
      gap: e.gap,
      gapText: num(e.gap),
      importance: e.importance,
      importanceText: num(e.importance, 0),
      priority: e.priority,
      priorityText: num(e.priority),
      spread: severalParticipants ? spread(e.spread) : null,
      flags,
      flagsText: joinFlags(flags),
    };
  });
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const participantName = (i: number) => {
    const name = assessment.participants[i]?.name.trim() ?? '';
    return name === '' ? rp('participants.unnamed', { n: i + 1 }) : name;
  };

  const details = r.elements.map((e): ReportElementDetail => {
    const row = rowOf.get(e.elementId)!;
    const input = assessment.elements[e.elementId];
    return {
      id: e.elementId,
      name: row.name,
      dimensionName: row.dimensionName,
      about: fw(frameworkKeys.elementAbout(e.elementId)),
      excellent: fw(frameworkKeys.elementExcellent(e.elementId)),
      score: row.score,
      teamScore: row.teamScore,
      agreedScore: row.agreedScore,
      flags: row.flags,
      flagsText: row.flagsText,
      spread: row.spread,
      participants: severalParticipants
        ? e.team.participants.map((p, i) => ({
            name: participantName(i),
            score: score(r.participants[i]!.elements[e.elementId].scoreValue),
            flags: p.insufficient
              ? [flag('insufficient')]
              : p.score === null
                ? [flag('notAssessed')]
                : [],
          }))
        : [],
      statements:
        r.kind === 'full'
          ? e.statements.map((s) => ({
              id: s.statementId,
              text: fw(frameworkKeys.statement(e.elementId, s.statementId)),
              score:
                s.mean === null
                  ? {
                      ...score(null),
                      text: s.notApplicable > 0 && s.open === 0 ? rp('answers.na') : noValue,
                    }
                  : score(describeScore(s.mean)),
              spread: severalParticipants ? spread(s.spread) : null,
              scored: s.scored,
              notApplicable: s.notApplicable,
              open: s.open,
              answersText: rp('answers.count', {
                scored: s.scored,
                na: s.notApplicable,
                open: s.open,
              }),
            }))
          : [],
      quickDescriptor:
        r.kind === 'quick' && e.effective !== null
          ? fw(frameworkKeys.quickDescriptor(e.elementId, e.effective.level))
          : null,
      notes: input?.notes ?? '',
      strengths: input?.strengths ?? '',
      improvements: input?.improvements ?? '',
      nextSteps: nextSteps(e.nextStep),
    };
  });

  return {
    language: lang,
    documentTitle: rp('title'),
    disclaimer: rp('disclaimer'),
    kind: r.kind,
    kindText: rp(`kind.${r.kind}`),
    meta: {
      title: assessment.meta.title,
      organisation: assessment.meta.organisation,
      scope: assessment.meta.scope,
      assessor: assessment.meta.assessor,
      date: assessment.meta.date,
      dateText: formatIsoDate(assessment.meta.date, lang),
      labels: {
        organisation: rp('meta.organisation'),
        scope: rp('meta.scope'),
        assessor: rp('meta.assessor'),
        date: rp('meta.date'),
        kind: rp('meta.kind'),
        participants: rp('meta.participants'),
      },
    },
    sections: {
      summary: rp('sections.summary'),
      radar: rp('sections.radar'),
      scores: rp('sections.scores'),
      strengths: rp('sections.strengths'),
      improvementAreas: rp('sections.improvementAreas'),
      notAssessed: rp('sections.notAssessed'),
      details: rp('sections.details'),
      actions: rp('sections.actions'),
      participants: rp('sections.participants'),
      comparison: rp('sections.comparison'),
      warnings: rp('sections.warnings'),
      appendix: rp('sections.appendix'),
    },
    overall: overallSection(r, rp, score, flag, joinFlags),
    dimensions: {
      columns: {
        dimension: rp('columns.dimension'),
        score: rp('columns.score'),
        level: rp('columns.level'),
        index: rp('columns.index'),
        flags: rp('columns.flags'),
      },
      rows: r.dimensions.map((d) => {
        const flags =
          d.score === null ? [flag('notAssessed')] : d.incomplete ? [flag('incomplete')] : [];
        return {
          id: d.dimensionId,
          name: fw(frameworkKeys.dimensionName(d.dimensionId)),
          score: score(d.score),
          flags,
          flagsText: joinFlags(flags),
        };
      }),
    },
    elements: {
      columns: {
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
      },
      rows,
    },
    strengths: {
      emptyText: rp('strengths.none'),
      items: r.strengths.map((s) => ({
        id: s.elementId,
        name: elementName(s.elementId),
        score: rowOf.get(s.elementId)!.score,
      })),
    },
    improvementAreas: {
      emptyText: rp('improvementAreas.none'),
      items: r.improvementAreas.map((a) => {
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
          nextSteps: nextSteps(a.nextStep)!,
        };
      }),
    },
    notAssessed: {
      text: rp('notAssessed.text'),
      items: r.notAssessed.map((id) => ({ id, name: elementName(id) })),
    },
    details: {
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
      },
      elements: details,
    },
    actions: {
      emptyText: rp('actions.none'),
      columns: {
        element: rp('columns.element'),
        description: rp('columns.description'),
        owner: rp('columns.owner'),
        due: rp('columns.due'),
        status: rp('columns.status'),
        priority: rp('columns.actionPriority'),
      },
      rows: assessment.actions.map((a) => ({
        id: a.id,
        elementId: a.elementId,
        elementName: a.elementId === null ? rp('actions.general') : elementName(a.elementId),
        description: a.description,
        owner: a.owner,
        due: a.due,
        dueText: a.due === null ? '' : formatIsoDate(a.due, lang),
        status: a.status,
        statusText: rp(`actions.status.${a.status}`),
        priority: a.priority,
        priorityText: rp(`actions.priority.${a.priority}`),
      })),
    },
    participants: {
      columns: {
        name: rp('columns.name'),
        group: rp('columns.group'),
        answers: rp('columns.answers'),
        score: rp('columns.score'),
      },
      rows: r.participants.map((p, i) => ({
        id: p.participant.id,
        name: participantName(i),
        groupText: groupName(p.participant.groupId),
        answersText:
          r.kind === 'quick'
            ? rp('participants.answeredQuick', {
                answered: p.quickAnswered,
                total: ELEMENT_IDS.length,
              })
            : rp('participants.answered', {
                answered: p.answers.total - (p.answers.applicable - p.answers.scored),
                total: p.answers.total,
              }),
        score: score(p.overall.score),
      })),
    },
    radar: radarSection(r, rows, rp),
    warnings: warnings(r, rp, list),
    comparison: options.previous
      ? comparisonSection(r, options.previous, lang, rp, elementName, noValue)
      : null,
    appendix: {
      method: { title: rp('appendix.method.title'), text: rp(`appendix.method.${r.kind}`) },
      scale: {
        title: rp('appendix.scale.title'),
        levels: LEVELS.map((level) => ({
          level,
          name: levelName(level),
          descriptor: fw(frameworkKeys.levelDescriptor(level)),
          rangeText: rp('appendix.scale.range', {
            from: formatScore(LEVEL_RANGES[level][0], lang),
            to: formatScore(LEVEL_RANGES[level][1], lang),
          }),
        })),
      },
      scoring: {
        title: rp('appendix.scoring.title'),
        rules: SCORING_RULES.map((k) => rp(`appendix.scoring.rules.${k}`)),
      },
      disclaimer: rp('disclaimer'),
    },
  };
}

type Rp = (key: string, vars?: Record<string, unknown>) => string;

function overallSection(
  r: Results,
  rp: Rp,
  score: (s: ScoreValue | null) => ReportScore,
  flag: (code: ReportFlagCode) => ReportFlag,
  joinFlags: (flags: readonly ReportFlag[]) => string,
): ReportModel['overall'] {
  const flags =
    r.overall.score === null
      ? [flag('notAssessed')]
      : r.overall.incomplete
        ? [flag('incomplete')]
        : [];
  return {
    label: rp('overall.label'),
    score: score(r.overall.score),
    flags,
    flagsText: joinFlags(flags),
    scoredText: rp('overall.scored', {
      scored: r.overall.scoredElements,
      total: r.overall.totalElements,
    }),
  };
}

function radarSection(r: Results, rows: readonly ReportElementRow[], rp: Rp): ReportRadar {
  const several = r.participantCount > 1;
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
    teamMin: several ? r.elements.map((e) => e.spread?.min ?? null) : null,
    teamMax: several ? r.elements.map((e) => e.spread?.max ?? null) : null,
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

function warnings(
  r: Results,
  rp: Rp,
  list: (ids: readonly ElementId[]) => string,
): ReportWarning[] {
  const quick =
    r.kind === 'full'
      ? r.elements
          .filter((e) => e.team.teamSource === 'quick' || e.team.teamSource === 'mixed')
          .map((e) => e.elementId)
      : [];
  const candidates: [ReportWarning['code'], ElementId[]][] = [
    ['insufficient', r.flags.insufficient],
    ['notAssessed', r.flags.notAssessed],
    ['disagreement', r.participantCount > 1 ? r.flags.disagreement : []],
    ['agreed', r.flags.agreed],
    ['quick', quick],
  ];
  return candidates
    .filter(([, ids]) => ids.length > 0)
    .map(([code, ids]) => ({
      code,
      elementIds: ids,
      text: rp(`warnings.${code}`, { count: ids.length, elements: list(ids) }),
    }));
}

function comparisonSection(
  r: Results,
  previous: Assessment,
  lang: Language,
  rp: Rp,
  elementName: (id: ElementId) => string,
  noValue: string,
): ReportComparison {
  const c = compareScores(r.effectiveScores, computeResults(previous).effectiveScores);
  const deltaText = (d: number | null) => (d === null ? noValue : formatDelta(d, lang));
  const scoreText = (s: number | null) => (s === null ? noValue : formatScore(s, lang));
  return {
    previousTitle: previous.meta.title,
    previousDateText: formatIsoDate(previous.meta.date, lang),
    columns: {
      element: rp('columns.element'),
      previous: rp('columns.previous'),
      current: rp('columns.current'),
      delta: rp('columns.delta'),
    },
    rows: c.elements.map((e) => ({
      id: e.elementId,
      name: elementName(e.elementId),
      previousText: scoreText(e.previous),
      currentText: scoreText(e.current),
      delta: e.delta,
      deltaText: deltaText(e.delta),
    })),
    overall: {
      count: c.overall.count,
      delta: c.overall.delta,
      deltaText: deltaText(c.overall.delta),
      text:
        c.overall.delta === null
          ? rp('comparison.none')
          : rp('comparison.overall', {
              count: c.overall.count,
              delta: formatDelta(c.overall.delta, lang),
            }),
    },
  };
}
