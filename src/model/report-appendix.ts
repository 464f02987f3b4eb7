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

export function appendixSection(c: ReportContext): ReportModel['appendix'] {
  const { rp, lang } = c;
  return {
    method: { title: rp('appendix.method.title'), text: rp(`appendix.method.${c.r.kind}`) },
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
      rules: SCORING_RULES.map((k) => rp(`appendix.scoring.rules.${k}`)),
    },
    disclaimer: rp('disclaimer'),
  };
}
