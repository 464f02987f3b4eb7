/**
 * What every section of the report model shares: the results, the language, the translate
 * helpers and the formatters of scores, spreads, flags and next steps. Built once per report.
 */
import { customerWordOf, withCustomerWord } from './customer-word';
import { frameworkKeys, type ElementId, type Level } from './framework';
import { formatDecimal, formatIndex, formatScore, type ScoreValue } from './numbers';
import type { NextStep } from './priorities';
import type {
  ReportFlag,
  ReportFlagCode,
  ReportNextSteps,
  ReportScore,
  ReportSpread,
  Translate,
} from './report-types';
import type { Results } from './results';
import type { Assessment, Language } from './schema';
import type { Spread } from './team';

export type TextOf = (key: string, vars?: Record<string, unknown>) => string;

export interface ReportContext {
  assessment: Assessment;
  r: Results;
  lang: Language;
  /** A named workshop's participants by name (the facilitator chose so); else by code. */
  participantNames?: boolean;
  /** More than one participant: spreads, disagreement and participant tables apply. */
  several: boolean;
  /** A text of the `report` namespace. */
  rp: TextOf;
  /** A text of the `framework` namespace. */
  fw: TextOf;
  noValue: string;
  elementName: (id: ElementId) => string;
  levelName: (level: Level) => string;
  /** Short element names joined by commas, for prose. */
  list: (ids: readonly ElementId[]) => string;
  flag: (code: ReportFlagCode) => ReportFlag;
  joinFlags: (flags: readonly ReportFlag[]) => string;
  /** A number with `decimals` places in the language, or the no-value mark. */
  num: (x: number | null, decimals?: number) => string;
  score: (s: ScoreValue | null) => ReportScore;
  spread: (s: Spread | null) => ReportSpread | null;
  nextSteps: (step: NextStep | null) => ReportNextSteps | null;
}

export function reportContext(
  assessment: Assessment,
  r: Results,
  t: Translate,
  lang: Language,
): ReportContext {
  const rp: TextOf = (key, vars) => t(`report:${key}`, vars);
  // Framework texts name the customer in the assessment's own word (tenant, resident, ...).
  const fw: TextOf = withCustomerWord(
    (key, vars) => t(`framework:${key}`, vars),
    customerWordOf(assessment),
  );
  const noValue = rp('noValue');
  const levelName = (level: Level) => fw(frameworkKeys.levelName(level));
  return {
    assessment,
    r,
    lang,
    several: r.participantCount > 1,
    rp,
    fw,
    noValue,
    elementName: (id) => fw(frameworkKeys.elementName(id)),
    levelName,
    // Short names with commas: full names contain commas and "and" themselves, so a prose list
    // ("A, B and C") of them reads ambiguously.
    list: (ids) => ids.map((id) => fw(frameworkKeys.elementShortName(id))).join(', '),
    flag: (code) => ({ code, text: rp(`flags.${code}`) }),
    joinFlags: (flags) => flags.map((f) => f.text).join('; '),
    num: (x, decimals = 1) => (x === null ? noValue : formatDecimal(x, decimals, lang)),
    score: (s) =>
      s === null
        ? {
            value: null,
            text: noValue,
            level: null,
            levelName: '',
            index: null,
            indexText: noValue,
          }
        : {
            value: s.value,
            text: formatScore(s.value, lang),
            level: s.level,
            levelName: levelName(s.level),
            index: s.index,
            indexText: formatIndex(s.index, lang),
          },
    spread: (s) =>
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
          },
    nextSteps: (step) =>
      step === null
        ? null
        : {
            added: step.stepIds.map((stepId, i) => {
              const text = fw(step.keys[i]!).trim();
              return assessment.actions.some(
                (a) => a.stepRef?.stepId === stepId || a.description.trim() === text,
              );
            }),
            title: step.stayExcellent
              ? rp('nextSteps.stayExcellent')
              : rp('nextSteps.title', {
                  from: levelName(step.level),
                  to: levelName((step.level + 1) as Level),
                }),
            move: step.move,
            stayExcellent: step.stayExcellent,
            items: step.keys.map((k) => fw(k)),
            checks: step.checkKeys.map((k) => fw(k)),
            checkLabel: rp('nextSteps.checkLabel'),
            stepIds: step.stepIds,
          },
  };
}
