/** The appendix of the report model: method, maturity scale with its score ranges, scoring rules. */
import { LEVELS, frameworkKeys, type Level } from './framework';
import { formatScore } from './numbers';
import type { ReportContext } from './report-context';
import type { ReportModel } from './report-types';

/** The displayed score range of each level (MODEL.md: 1.0-1.7, 1.8-2.5, ...). */
const LEVEL_RANGES: Record<Level, readonly [number, number]> = {
  1: [1, 1.7],
  2: [1.8, 2.5],
  3: [2.6, 3.3],
  4: [3.4, 4.1],
  5: [4.2, 5],
};

type Rule =
  | 'scale'
  | 'notApplicable'
  | 'dontKnow'
  | 'element'
  | 'insufficient'
  | 'quick'
  | 'conversion'
  | 'team'
  | 'agreed'
  | 'dimension'
  | 'overall'
  | 'weighting'
  | 'rounding'
  | 'index'
  | 'priority'
  | 'strengths'
  | 'comparison';

/**
 * The scoring rules that apply to this assessment, in reading order: a quick check is not told
 * about statements, one assessor not about teams and spreads, nobody about agreed scores,
 * "don't know" or a quick check continued as a full assessment unless the assessment has them.
 */
export function applicableRules(c: ReportContext, fit: ReportModel['fit']): Rule[] {
  const full = c.r.kind === 'full';
  const answers = c.r.elements.flatMap((e) => e.statements);
  const rules: [Rule, boolean][] = [
    ['scale', full],
    ['notApplicable', full && answers.some((s) => s.notApplicable > 0)],
    ['dontKnow', full && answers.some((s) => s.dontKnow > 0)],
    ['element', full],
    ['insufficient', full],
    ['quick', !full],
    ['conversion', fit.converted],
    ['team', fit.team],
    ['agreed', fit.agreed],
    ['dimension', true],
    ['overall', true],
    ['weighting', true],
    ['rounding', true],
    ['index', true],
    ['priority', true],
    ['strengths', true],
    ['comparison', fit.reassessment],
  ];
  return rules.filter(([, applies]) => applies).map(([rule]) => rule);
}

/** Which sections and texts apply: one assessor or a team, quick or full, a reassessment. */
export function fitOf(c: ReportContext, reassessment: boolean): ReportModel['fit'] {
  const { r, assessment } = c;
  return {
    team: c.several,
    quick: r.kind === 'quick',
    converted:
      r.kind === 'full' &&
      Object.values(assessment.quickAnswers).some((q) => Object.keys(q).length > 0),
    agreed: r.flags.agreed.length > 0,
    reassessment,
  };
}

export function appendixSection(
  c: ReportContext,
  fit: ReportModel['fit'],
): ReportModel['appendix'] {
  const { rp, lang } = c;
  const method = `${fit.quick ? 'quick' : 'full'}${fit.team ? 'Team' : 'Single'}`;
  return {
    method: { title: rp('appendix.method.title'), text: rp(`appendix.method.${method}`) },
    scale: {
      title: rp('appendix.scale.title'),
      levels: LEVELS.map((level) => ({
        level,
        name: c.levelName(level),
        descriptor: c.fw(frameworkKeys.levelDescriptor(level)),
        rangeText: rp('appendix.scale.range', {
          from: formatScore(LEVEL_RANGES[level][0], lang),
          to: formatScore(LEVEL_RANGES[level][1], lang),
        }),
      })),
    },
    scoring: {
      title: rp('appendix.scoring.title'),
      rules: applicableRules(c, fit).map((k) => rp(`appendix.scoring.rules.${k}`)),
    },
    disclaimer: rp('disclaimer'),
  };
}
