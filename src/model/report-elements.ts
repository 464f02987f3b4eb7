/** The elements table (one row per element) and the per-element details of the report model. */
import { frameworkKeys, isRetired, type ElementId } from './framework';
import { describeScore } from './numbers';
import type { ReportContext } from './report-context';
import { participantShown } from './report-team';
import type {
  ReportElementDetail,
  ReportElementRow,
  ReportFlag,
  ReportStatementRow,
} from './report-types';
import type { ElementResult } from './results';
import type { StatementStats } from './team';

/**
 * What a statement row says about its answers. One assessor: the answer itself ("4", "n/a",
 * "don't know", "open"). Several: the counts that are not zero ("3 scored, 2 don't know").
 */
function answersText(c: ReportContext, s: StatementStats): string {
  const { rp } = c;
  if (!c.several) {
    if (s.scored === 1 && s.mean !== null) return c.num(s.mean, 0);
    if (s.notApplicable === 1) return rp('answers.na');
    if (s.dontKnow === 1) return rp('answers.dontKnow');
    return rp('answers.open');
  }
  const parts: [string, number][] = [
    ['scored', s.scored],
    ['dontKnowCount', s.dontKnow],
    ['naCount', s.notApplicable],
    ['openCount', s.open],
  ];
  return parts
    .filter(([, n]) => n > 0)
    .map(([key, n]) => rp(`answers.${key}`, { count: n }))
    .join(', ');
}

function statementRow(c: ReportContext, s: StatementStats): ReportStatementRow {
  const { fw, rp } = c;
  return {
    id: s.statementId,
    text: fw(frameworkKeys.statement(s.elementId, s.statementId)),
    score:
      s.mean === null
        ? {
            ...c.score(null),
            text:
              s.notApplicable > 0 && s.open === 0 && s.dontKnow === 0
                ? rp('answers.na')
                : c.noValue,
          }
        : c.score(describeScore(s.mean)),
    spread: c.several ? c.spread(s.spread) : null,
    scored: s.scored,
    notApplicable: s.notApplicable,
    dontKnow: s.dontKnow,
    open: s.open,
    answersText: answersText(c, s),
    ...statementEvidence(c, s.elementId, s.statementId),
  };
}

function elementFlags(c: ReportContext, e: ElementResult): ReportFlag[] {
  const flags: ReportFlag[] = [];
  if (e.effective === null) flags.push(c.flag('notAssessed'));
  if (e.insufficient) flags.push(c.flag('insufficient'));
  if (c.several && e.disagreement) flags.push(c.flag('disagreement'));
  if (e.effectiveSource === 'agreed') flags.push(c.flag('agreed'));
  if (c.r.kind === 'full' && e.team.teamSource !== null && e.team.teamSource !== 'statements') {
    flags.push(c.flag('quick'));
  }
  return flags;
}

/** One row per element in model order: scores, target, gap, importance, priority, flags. */
export function elementRows(c: ReportContext): ReportElementRow[] {
  const { fw, num } = c;
  return c.r.elements.map((e): ReportElementRow => {
    const flags = elementFlags(c, e);
    return {
      id: e.elementId,
      dimensionId: e.dimensionId,
      dimensionName: fw(frameworkKeys.dimensionName(e.dimensionId)),
      name: c.elementName(e.elementId),
      shortName: fw(frameworkKeys.elementShortName(e.elementId)),
      score: c.score(e.effective),
      teamScore: c.score(e.teamScore),
      agreedScore: e.agreed === null ? null : c.score(e.agreed),
      target: e.target,
      targetText: num(e.target, 0),
      gap: e.gap,
      gapText: num(e.gap),
      importance: e.importance,
      importanceText: num(e.importance, 0),
      priority: e.priority,
      priorityText: num(e.priority),
      spread: c.several ? c.spread(e.spread) : null,
      flags,
      flagsText: c.joinFlags(flags),
    };
  });
}

/**
 * What to look for and whom to ask, for one statement. Only the statements of the current
 * edition have these texts; a retired one (answered in an older file) has none.
 */
function statementEvidence(
  c: ReportContext,
  elementId: ElementId,
  statementId: string,
): Pick<ReportStatementRow, 'evidence' | 'groups' | 'evidenceText'> {
  if (isRetired(statementId)) return { evidence: '', groups: '', evidenceText: '' };
  const evidence = c.fw(frameworkKeys.evidence(elementId, statementId));
  const groups = c.fw(frameworkKeys.groups(elementId, statementId));
  return {
    evidence,
    groups,
    evidenceText: `${c.rp('details.evidence')} ${evidence} ${c.rp('details.answeredBy')} ${groups}`,
  };
}

/** A participant's name, or "Participant n" when none was given. */
export function participantName(c: ReportContext, i: number): string {
  const participant = c.assessment.participants[i];
  const name = participant?.name.trim() ?? '';
  // A workshop shows codes; a name only in a named workshop and when the facilitator chose so.
  if (c.assessment.mode === 'workshop' && participant) {
    const named = c.participantNames === true && c.assessment.anonymity === 'named' && name !== '';
    return named ? `${participant.code} (${name})` : participant.code || name;
  }
  return name === '' ? c.rp('participants.unnamed', { n: i + 1 }) : name;
}

/** The section per element: what it covers, statements, participants, notes, next steps. */
export function elementDetails(
  c: ReportContext,
  rowOf: ReadonlyMap<string, ReportElementRow>,
): ReportElementDetail[] {
  const { fw, r } = c;
  return r.elements.map((e): ReportElementDetail => {
    const row = rowOf.get(e.elementId)!;
    const input = c.assessment.elements[e.elementId];
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
      participants: c.several
        ? e.team.participants.flatMap((p, i) =>
            participantShown(c, i)
              ? [
                  {
                    name: participantName(c, i),
                    score: c.score(r.participants[i]!.elements[e.elementId].scoreValue),
                    flags: p.insufficient
                      ? [c.flag('insufficient')]
                      : p.score === null
                        ? [c.flag('notAssessed')]
                        : [],
                  },
                ]
              : [],
          )
        : [],
      statements: r.kind === 'full' ? e.statements.map((s) => statementRow(c, s)) : [],
      quickDescriptor:
        r.kind === 'quick' && e.effective !== null
          ? fw(frameworkKeys.quickDescriptor(e.elementId, e.effective.level))
          : null,
      notes: input?.notes ?? '',
      strengths: input?.strengths ?? '',
      improvements: input?.improvements ?? '',
      nextSteps: c.nextSteps(e.nextStep),
    };
  });
}
