/**
 * The report's team and group section (issue 8), for workshops only: team and agreed scores with
 * reasons, the spread, answers and "don't know" per element, what to discuss, the groups' scores
 * and the perception gaps. Built from workshopResults(), so it shows what the workshop page shows;
 * groups under 3 answers are never in it (anonymity.ts decides).
 */
import { ELEMENT_IDS, frameworkKeys } from './framework';
import { displayScore, formatDelta } from './numbers';
import type { ReportContext } from './report-context';
import type { ReportTeam } from './report-types';
import type { Group } from './schema';
import { workshopInputOf } from './workshop/from-assessment';
import { GAP_FLAG, perceptionGap } from './workshop/gaps';
import { groupAnonymity, MIN_GROUP_ANSWERS } from './workshop/anonymity';
import { workshopResults } from './workshop/results';

/** A group's name in the report language: the user's own, or the preset's translation. */
export function reportGroupName(
  c: ReportContext,
  g: Pick<Group, 'id' | 'preset' | 'name'>,
): string {
  if (g.name) return g.name;
  return g.preset ? c.rp(`groups.${g.preset}`) : g.id;
}

const visibilityCache = new WeakMap<object, ReadonlyMap<string, boolean>>();

/**
 * May one participant's own figures appear in the report? Always, except in an anonymous workshop,
 * where only members of a group whose figures are shown (3 answers or more) appear one by one.
 */
export function participantShown(c: ReportContext, i: number): boolean {
  const a = c.assessment;
  if (a.mode !== 'workshop' || a.anonymity !== 'anonymous') return true;
  let shownGroups = visibilityCache.get(a);
  if (!shownGroups) {
    const input = workshopInputOf(a, (g) => g.id);
    shownGroups = new Map(
      groupAnonymity(input.groups, input.participants).map((g) => [
        g.groupId,
        g.visibility === 'shown',
      ]),
    );
    visibilityCache.set(a, shownGroups);
  }
  const p = a.participants[i];
  return p !== undefined && shownGroups.get(p.groupId) === true;
}

/** The team section, or null for a one-person assessment. */
export function teamSection(c: ReportContext): ReportTeam | null {
  const a = c.assessment;
  if (a.mode !== 'workshop') return null;
  const { rp, num } = c;
  const w = workshopResults(workshopInputOf(a, (g) => reportGroupName(c, g)));
  const answered = w.groups.reduce((n, g) => n + g.answered, 0);
  const score = (x: number | null) => (x === null ? c.noValue : num(displayScore(x)));
  const statementText = (elementId: (typeof ELEMENT_IDS)[number], id: string) =>
    c.fw(frameworkKeys.statement(elementId, id));

  const rows = ELEMENT_IDS.map((id) => {
    const e = w.team[id];
    const input = a.elements[id];
    const dontKnow = w.statements[id].reduce((n, s) => n + s.dontKnow, 0);
    return {
      id,
      name: c.elementName(id),
      team: e.teamScore === null ? null : displayScore(e.teamScore),
      teamText: score(e.teamScore),
      agreed: e.agreedScore,
      agreedText: e.agreedScore === null ? '' : num(e.agreedScore),
      reason: e.agreedScore === null ? '' : (input?.agreedReason ?? ''),
      min: e.spread ? displayScore(e.spread.min) : null,
      max: e.spread ? displayScore(e.spread.max) : null,
      spreadText: e.spread
        ? rp('team.range', { min: score(e.spread.min), max: score(e.spread.max) })
        : c.noValue,
      answers: e.participantsScored,
      dontKnow,
      disagreement: e.spread?.disagreement ?? false,
      dots: e.participants
        .flatMap((p) => (p.score === null ? [] : [displayScore(p.score)]))
        .sort((x, y) => x - y),
    };
  });

  const shown = w.groups.filter((g) => g.elements !== null);
  const hidden = w.groups.filter((g) => g.elements === null && g.members > 0);
  const gaps: ReportTeam['gaps']['items'] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const ga = shown[i]!;
      const gb = shown[j]!;
      gaps.push({
        title: rp('team.gaps.pair', { a: ga.name, b: gb.name }),
        a: ga.name,
        b: gb.name,
        rows: (perceptionGap(ga, gb) ?? []).map((g) => ({
          id: g.elementId,
          name: c.elementName(g.elementId),
          aValue: g.a,
          bValue: g.b,
          aText: g.a === null ? c.noValue : num(g.a),
          bText: g.b === null ? c.noValue : num(g.b),
          gap: g.gap,
          gapText: g.gap === null ? c.noValue : formatDelta(g.gap, c.lang),
          flagged: g.flagged,
        })),
      });
    }
  }

  return {
    title: rp('team.title'),
    sheets: {
      team: rp('team.sheets.team'),
      groups: rp('team.sheets.groups'),
      gaps: rp('team.sheets.gaps'),
      groupA: rp('team.sheets.groupA'),
      groupB: rp('team.sheets.groupB'),
      scoreA: rp('team.sheets.scoreA'),
      scoreB: rp('team.sheets.scoreB'),
    },
    spread: { title: rp('team.spread.title'), intro: rp('team.spread.intro') },
    intro: [
      rp('team.answered', { answered, total: a.participants.length }),
      rp(`team.anonymity.${a.anonymity}`),
    ].join(' '),
    columns: {
      element: rp('team.columns.element'),
      team: rp('team.columns.team'),
      agreed: rp('team.columns.agreed'),
      spread: rp('team.columns.spread'),
      answers: rp('team.columns.answers'),
      dontKnow: rp('team.columns.dontKnow'),
      reason: rp('team.columns.reason'),
      min: rp('team.columns.min'),
      max: rp('team.columns.max'),
      disagreement: rp('team.columns.disagreement'),
    },
    rows,
    discuss: {
      title: rp('team.discuss.title'),
      emptyText: rp('team.discuss.none'),
      items: w.discuss.map((d) =>
        rp('team.discuss.item', {
          what:
            d.statementId === null
              ? c.elementName(d.elementId)
              : `${statementText(d.elementId, d.statementId)} (${c.elementName(d.elementId)})`,
          min: num(d.min),
          max: num(d.max),
          range: num(d.range),
        }),
      ),
    },
    groups: {
      title: rp('team.groups.title'),
      intro: rp('team.groups.intro', { count: MIN_GROUP_ANSWERS }),
      notes: hidden.map((g) =>
        rp(g.visibility === 'protects-another' ? 'team.groups.protects' : 'team.groups.tooFew', {
          name: g.name,
          count: MIN_GROUP_ANSWERS,
        }),
      ),
      columns: shown.map((g) => rp('team.groups.column', { name: g.name, answered: g.answered })),
      names: shown.map((g) => g.name),
      radarTitle: rp('team.groups.radarTitle'),
      rows: ELEMENT_IDS.map((id) => ({
        id,
        name: c.elementName(id),
        values: shown.map((g) => {
          const s = g.elements![id].teamScore;
          return s === null ? null : displayScore(s);
        }),
        cells: shown.map((g) => score(g.elements![id].teamScore)),
      })),
    },
    gaps: {
      title: rp('team.gaps.title'),
      intro: rp('team.gaps.intro', { size: num(GAP_FLAG) }),
      flagText: rp('team.gaps.flag'),
      columns: { element: rp('team.columns.element'), gap: rp('team.gaps.gap') },
      items: gaps,
    },
  };
}
