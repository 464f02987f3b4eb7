import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report';
import { reportTranslate } from '../../src/i18n/report-language';
import type { Assessment } from '../../src/model/schema';
import { createTestI18n } from '../support/i18n';
import { answersOf, makeAssessment, participants } from './scoring-fixtures';

/**
 * Sections that fit the assessment: one assessor, a team, a quick check, a quick check
 * continued, a reassessment each get the tables and the appendix text that apply to them.
 * Expected texts are written out by hand; the rules are compared with the real locale texts.
 */
const nlI18n = await createTestI18n('nl');
const enI18n = await createTestI18n('en');
const tnl = reportTranslate(nlI18n, 'nl');
const ten = reportTranslate(enI18n, 'en');
const nl = (a: Assessment, previous: Assessment | null = null) =>
  buildReport(a, tnl, { language: 'nl', previous });
const en = (a: Assessment) => buildReport(a, ten, { language: 'en' });
const rules = (keys: string[]) => keys.map((k) => tnl(`report:appendix.scoring.rules.${k}`));
const COMMON = ['dimension', 'overall', 'weighting', 'rounding', 'index', 'priority', 'strengths'];

describe('one assessor, full assessment', () => {
  // vms: 4, n/a, don't know, open, 2 -> applicable 4 (n/a is out), scored 2 = half: not flagged;
  // score (4 + 2) / 2 = 3,0, index 50.
  const a = makeAssessment({
    answers: { p1: answersOf({ 'vision-mission-strategy': [4, 'na', 'dk', undefined, 2] }) },
  });
  const report = nl(a);
  const vms = report.details.elements[0]!;

  it('shows each statement’s answer itself, not counts', () => {
    expect(vms.statements.map((s) => s.answersText)).toEqual([
      '4',
      'n.v.t.',
      'weet ik niet',
      'open',
      '2',
    ]);
    expect(en(a).details.elements[0]!.statements.map((s) => s.answersText)).toEqual([
      '4',
      'n/a',
      "don't know",
      'open',
      '2',
    ]);
    expect(report.details.columns.answer).toBe('Antwoord');
    expect(vms.score).toMatchObject({ text: '3,0', indexText: '50' });
    expect(vms.flags).toEqual([]);
  });

  it('has no spreads, no per-participant scores and no team rules', () => {
    expect(report.fit).toEqual({
      team: false,
      quick: false,
      converted: false,
      agreed: false,
      reassessment: false,
    });
    expect(vms.spread).toBeNull();
    expect(vms.participants).toEqual([]);
    expect(vms.statements.every((s) => s.spread === null)).toBe(true);
    expect(report.radar.teamMin).toBeNull();
    expect(report.appendix.method.text).toBe(tnl('report:appendix.method.fullSingle'));
    expect(report.appendix.scoring.rules).toEqual(
      rules(['scale', 'notApplicable', 'dontKnow', 'element', 'insufficient', ...COMMON]),
    );
  });

  it('leaves out "not applicable" and "don\'t know" from the appendix when nobody used them', () => {
    const plain = nl(
      makeAssessment({ answers: { p1: answersOf({ monitoring: [3, 3, 3, 4, 4] }) } }),
    );
    expect(plain.appendix.scoring.rules).toEqual(
      rules(['scale', 'element', 'insufficient', ...COMMON]),
    );
  });
});

describe('a team', () => {
  // Three participants on vms-1..vms-3:
  //   vms-1: 4, don't know, don't know     -> "1 gescoord, 2 weet ik niet", mean 4,0
  //   vms-2: 3, 5, n/a                     -> "2 gescoord, 1 n.v.t.", mean 4,0, 3-5: disagreement
  //   vms-3: open, open, 2                 -> "1 gescoord, 2 open", mean 2,0
  const a = makeAssessment({
    mode: 'workshop',
    participants: participants(3),
    answers: {
      p1: answersOf({ 'vision-mission-strategy': [4, 3, undefined] }),
      p2: answersOf({ 'vision-mission-strategy': ['dk', 5, undefined] }),
      p3: answersOf({ 'vision-mission-strategy': ['dk', 'na', 2] }),
    },
  });
  const report = nl(a);
  const vms = report.details.elements[0]!;

  it('counts the answers per statement, naming only the kinds that occur', () => {
    expect(vms.statements.slice(0, 3).map((s) => [s.answersText, s.score.text])).toEqual([
      ['1 gescoord, 2 weet ik niet', '4,0'],
      ['2 gescoord, 1 n.v.t.', '4,0'],
      ['1 gescoord, 2 open', '2,0'],
    ]);
    expect(vms.statements[1]!.spread).toMatchObject({
      minText: '3,0',
      maxText: '5,0',
      disagreement: true,
    });
    expect(en(a).details.elements[0]!.statements[0]!.answersText).toBe("1 scored, 2 don't know");
  });

  it('explains the team rules, but not agreed scores nobody set', () => {
    expect(report.fit).toMatchObject({ team: true, agreed: false });
    expect(report.appendix.method.text).toBe(tnl('report:appendix.method.fullTeam'));
    expect(report.appendix.scoring.rules).toEqual(
      rules(['scale', 'notApplicable', 'dontKnow', 'element', 'insufficient', 'team', ...COMMON]),
    );
  });

  it('explains agreed scores once one is set', () => {
    const agreed = structuredClone(a);
    agreed.elements['vision-mission-strategy'].agreedScore = 3.5;
    const r = nl(agreed);
    expect(r.fit.agreed).toBe(true);
    expect(r.appendix.scoring.rules).toContain(tnl('report:appendix.scoring.rules.agreed'));
  });
});

describe('a quick check', () => {
  const a = makeAssessment({ kind: 'quick', quickAnswers: { p1: { monitoring: 4 } } });
  const report = nl(a);

  it('has no statement tables and no statement rules', () => {
    expect(report.fit).toMatchObject({ quick: true, team: false, converted: false });
    expect(report.details.elements.every((e) => e.statements.length === 0)).toBe(true);
    expect(report.appendix.method.text).toBe(tnl('report:appendix.method.quickSingle'));
    expect(report.appendix.scoring.rules).toEqual(rules(['quick', ...COMMON]));
  });

  it('with a team, explains the team rule too', () => {
    const team = makeAssessment({
      kind: 'quick',
      participants: participants(2),
      quickAnswers: { p1: { monitoring: 4 }, p2: { monitoring: 2 } },
    });
    const r = nl(team);
    expect(r.appendix.method.text).toBe(tnl('report:appendix.method.quickTeam'));
    expect(r.appendix.scoring.rules).toEqual(rules(['quick', 'team', ...COMMON]));
  });
});

describe('a quick check continued as a full assessment, and a reassessment', () => {
  it('explains how quick-check levels stand in', () => {
    const a = makeAssessment({
      answers: { p1: answersOf({ monitoring: [5] }) },
      quickAnswers: { p1: { monitoring: 3 } },
    });
    const r = nl(a);
    expect(r.fit.converted).toBe(true);
    expect(r.appendix.scoring.rules).toEqual(
      rules(['scale', 'element', 'insufficient', 'conversion', ...COMMON]),
    );
  });

  it('explains the change since the previous assessment', () => {
    const previous = makeAssessment({ answers: { p1: answersOf({ monitoring: [3, 3, 3] }) } });
    const current = makeAssessment({ answers: { p1: answersOf({ monitoring: [4, 4, 4] }) } });
    const r = nl(current, previous);
    expect(r.fit.reassessment).toBe(true);
    expect(r.appendix.scoring.rules.at(-1)).toBe(tnl('report:appendix.scoring.rules.comparison'));
    expect(nl(current).appendix.scoring.rules).not.toContain(
      tnl('report:appendix.scoring.rules.comparison'),
    );
  });
});
