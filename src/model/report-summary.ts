/**
 * The executive summary: sentences a manager can read aloud, written from the figures in the
 * report language. Each sentence comes from its own function, which returns null when its part
 * does not apply (no strengths yet, no team, no previous assessment), so absent parts are simply
 * left out. The consultant's own text (assessment.summaryText) replaces it when not empty.
 */
import type { ElementId } from './framework';
import { formatDelta, formatScore } from './numbers';
import type { ReportContext } from './report-context';
import type { ReportComparison, ReportElementRow, ReportModel } from './report-types';

type Rows = ReadonlyMap<ElementId, ReportElementRow>;
type Sentence = string | null;

/** How many strengths and priorities the summary names (the report lists them all). */
const TOP = 3;

/** "A, B and C" in the report language: the names carry their score, so "and" is unambiguous. */
function joinNames(c: ReportContext, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return c.rp('summary.join', {
    first: items.slice(0, -1).join(', '),
    last: items[items.length - 1],
  });
}

function overallSentence(c: ReportContext): string {
  const o = c.r.overall;
  if (o.score === null) return c.rp('summary.noScore');
  const vars = {
    score: formatScore(o.score.value, c.lang),
    level: c.levelName(o.score.level),
    index: o.score.index,
    scored: o.scoredElements,
    total: o.totalElements,
  };
  return c.rp(o.incomplete ? 'summary.overallPartial' : 'summary.overall', vars);
}

function strengthsSentence(c: ReportContext, rows: Rows): Sentence {
  if (c.r.overall.score === null) return null;
  const items = c.r.strengths.slice(0, TOP);
  if (items.length === 0) {
    return c.rp('summary.noStrengths', { level: c.levelName(4), score: formatScore(3.4, c.lang) });
  }
  const names = items.map((s) =>
    c.rp('summary.named', {
      name: rows.get(s.elementId)!.shortName,
      score: rows.get(s.elementId)!.score.text,
    }),
  );
  return c.rp('summary.strengths', { count: items.length, list: joinNames(c, names) });
}

function prioritiesSentence(c: ReportContext, rows: Rows): Sentence {
  if (c.r.overall.score === null) return null;
  const items = c.r.improvementAreas.slice(0, TOP);
  if (items.length === 0) return c.rp('summary.noPriorities');
  const names = items.map((a) => {
    const row = rows.get(a.elementId)!;
    return c.rp('summary.namedTarget', {
      name: row.shortName,
      score: row.score.text,
      target: row.targetText,
    });
  });
  return c.rp('summary.priorities', { count: items.length, list: joinNames(c, names) });
}

function notAssessedSentence(c: ReportContext): Sentence {
  const ids = c.r.notAssessed;
  if (ids.length === 0 || c.r.overall.score === null) return null;
  return c.rp('summary.notAssessed', { count: ids.length, list: c.list(ids) });
}

function insufficientSentence(c: ReportContext): Sentence {
  const ids = c.r.flags.insufficient;
  if (ids.length === 0) return null;
  return c.rp('summary.insufficient', { count: ids.length, list: c.list(ids) });
}

function disagreementSentence(c: ReportContext): Sentence {
  if (!c.several || c.r.overall.score === null) return null;
  const ids = c.r.flags.disagreement;
  if (ids.length === 0) return c.rp('summary.agreement', { participants: c.r.participantCount });
  return c.rp('summary.disagreement', {
    count: ids.length,
    participants: c.r.participantCount,
    list: c.list(ids),
  });
}

function agreedSentence(c: ReportContext): Sentence {
  const ids = c.r.flags.agreed;
  if (ids.length === 0) return null;
  return c.rp('summary.agreed', { count: ids.length, list: c.list(ids) });
}

function changeSentences(c: ReportContext, cmp: ReportComparison | null): string[] {
  if (cmp === null || cmp.overall.delta === null) return [];
  const { delta, count } = cmp.overall;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const out = [
    c.rp(`summary.change.${direction}`, {
      date: cmp.previousDateText,
      delta: cmp.overall.deltaText,
      count,
    }),
  ];
  const moved = cmp.rows.filter((r) => r.delta !== null && r.delta !== 0);
  // The largest rise and the largest fall, first in model order among equals.
  const best = moved.reduce<(typeof moved)[number] | null>(
    (m, r) => (r.delta! > 0 && (m === null || r.delta! > m.delta!) ? r : m),
    null,
  );
  const worst = moved.reduce<(typeof moved)[number] | null>(
    (m, r) => (r.delta! < 0 && (m === null || r.delta! < m.delta!) ? r : m),
    null,
  );
  const short = (id: ElementId) => c.list([id]);
  if (best) {
    out.push(
      c.rp('summary.change.best', {
        name: short(best.id),
        delta: formatDelta(best.delta!, c.lang),
      }),
    );
  }
  if (worst) {
    out.push(
      c.rp('summary.change.worst', {
        name: short(worst.id),
        delta: formatDelta(worst.delta!, c.lang),
      }),
    );
  }
  return out;
}

const paragraph = (sentences: readonly Sentence[]) =>
  sentences.filter((s): s is string => s !== null).join(' ');

/** The generated summary, paragraph by paragraph (empty paragraphs left out). */
export function generatedSummary(
  c: ReportContext,
  rows: Rows,
  comparison: ReportComparison | null,
): string[] {
  return [
    paragraph([overallSentence(c), strengthsSentence(c, rows), prioritiesSentence(c, rows)]),
    paragraph([notAssessedSentence(c), insufficientSentence(c)]),
    paragraph([disagreementSentence(c), agreedSentence(c)]),
    paragraph(changeSentences(c, comparison)),
  ].filter((p) => p !== '');
}

export function summarySection(
  c: ReportContext,
  rows: Rows,
  comparison: ReportComparison | null,
): ReportModel['summary'] {
  const generated = generatedSummary(c, rows, comparison);
  const own = c.assessment.summaryText.trim();
  return {
    generated: generated.join('\n\n'),
    custom: own !== '',
    paragraphs: own === '' ? generated : own.split(/\n\s*\n/).map((p) => p.trim()),
  };
}
