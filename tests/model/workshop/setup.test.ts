import { describe, expect, it } from 'vitest';
import { parseAgreedScore } from '../../../src/model/workshop/agreement';
import {
  codePrefix,
  codeProblem,
  suggestCode,
  withLock,
  withoutGroup,
  withParticipant,
  withParticipantChange,
  workshopGroups,
} from '../../../src/model/workshop/setup';
import { restoreAssessment } from '../../../src/model/restore';
import { addTestWorkshop } from '../../features/workshop/support';
import { buildReport } from '../../../src/model/report';
import { createTestI18n } from '../../support/i18n';
import type { Translate } from '../../../src/model/report-types';
import { resetStore } from '../../support/store';
import { teamCsvRows } from '../../../src/features/results/team-csv';
import { EXPORT_COLUMNS, workbookSheets } from '../../../src/model/export-tables';

describe('workshop setup', () => {
  it('suggests the next code of a group, never reusing a higher number', () => {
    const [management, employees, front] = workshopGroups();
    expect([management, employees, front].map((g) => codePrefix(g!))).toEqual(['M', 'E', 'C']);
    expect(codePrefix({ preset: null, name: 'ölstraße support' })).toBe('O');
    expect(codePrefix({ preset: null, name: '★' })).toBe('G');
    // M1 and M3 are taken (M2 was removed): the next is M4, so M2's answers never pass to another.
    expect(suggestCode(management!, [{ code: 'M1' }, { code: 'M3' }, { code: 'E7' }])).toBe('M4');
    expect(suggestCode(employees!, [{ code: 'M1' }])).toBe('E1');
  });

  it('refuses a taken code (in any case), a bad one, the 201st participant and a group with members', () => {
    const people = [{ id: 'a', code: 'M1' }];
    expect(codeProblem('m1', people)).toBe('roster.errors.codeTaken');
    expect(codeProblem('M1', people, 'a')).toBeNull();
    expect(codeProblem('M 1', people)).toBe('roster.errors.codeInvalid');
    expect(codeProblem('', people)).toBe('roster.errors.codeInvalid');
    const w = addTestWorkshop();
    const full = {
      ...w,
      participants: Array.from({ length: 200 }, (_, i) => ({
        id: `p${i}`,
        name: '',
        code: `E${i + 1}`,
        groupId: 'employees',
      })),
    };
    expect(withParticipant(full, { id: 'x', name: '', code: 'M1', groupId: 'management' })).toEqual(
      { ok: false, problem: 'roster.errors.full' },
    );
    expect(withoutGroup(w, 'management')).toEqual({
      ok: false,
      problem: 'roster.errors.groupNotEmpty',
    });
    const without = withoutGroup(w, 'customer-facing');
    expect(without.ok && without.value.groups.map((g) => g.id)).toEqual([
      'management',
      'employees',
    ]);
  });

  it('changes a code, name or group later, keeps the answers, and refuses a taken or bad code', () => {
    const w = addTestWorkshop({ quickAnswers: { 'p-cas': { 'service-culture': 2 } } });
    const moved = withParticipantChange(w, 'p-cas', {
      code: 'M3',
      name: 'Cas B.',
      groupId: 'management',
    });
    expect(moved.ok && moved.value.participants[2]).toEqual({
      id: 'p-cas',
      name: 'Cas B.',
      code: 'M3',
      groupId: 'management',
    });
    // Cas's answers are his by id: a new code and group keep them.
    expect(moved.ok && moved.value.quickAnswers['p-cas']).toEqual({ 'service-culture': 2 });
    // Anna's own code again is no change; Bram's (in another case) is taken.
    expect(withParticipantChange(w, 'p-anna', { code: 'M1' }).ok).toBe(true);
    expect(withParticipantChange(w, 'p-anna', { code: 'm2' })).toEqual({
      ok: false,
      problem: 'roster.errors.codeTaken',
    });
    expect(withParticipantChange(w, 'p-anna', { code: 'M 1' })).toEqual({
      ok: false,
      problem: 'roster.errors.codeInvalid',
    });
    expect(withParticipantChange(w, 'p-anna', { groupId: 'gone' })).toEqual({
      ok: false,
      problem: 'roster.errors.unknownGroup',
    });
    expect(withParticipantChange(w, 'p-anna', { name: 'x'.repeat(501) })).toEqual({
      ok: false,
      problem: 'roster.errors.nameTooLong',
    });
    // An anonymous workshop keeps no name, whatever is typed.
    const anon = withParticipantChange({ ...w, anonymity: 'anonymous' }, 'p-anna', {
      name: 'Anna',
    });
    expect(anon.ok && anon.value.participants[0]!.name).toBe('');
  });

  it('reads a schema-2 record from before the names choice as codes only', () => {
    const { reportNames: _, ...old } = addTestWorkshop({ reportNames: true });
    const restored = restoreAssessment(old);
    expect(restored.ok && restored.value.reportNames).toBe(false);
  });

  it('records every lock and unlock, and a lock that changes nothing is not recorded', () => {
    const w = addTestWorkshop();
    const locked = withLock(w, true, '2026-03-01T10:00:00.000Z');
    expect(withLock(locked, true, '2026-03-01T10:05:00.000Z')).toBe(locked);
    const unlocked = withLock(locked, false, '2026-03-01T10:30:00.000Z');
    expect(unlocked.lock).toEqual({
      locked: false,
      history: [
        { at: '2026-03-01T10:00:00.000Z', locked: true },
        { at: '2026-03-01T10:30:00.000Z', locked: false },
      ],
    });
  });

  it('reads agreed scores typed with a point or a comma, one decimal, 1 to 5', () => {
    expect(parseAgreedScore('3,4')).toEqual({ ok: true, value: 3.4 });
    expect(parseAgreedScore(' 4 ')).toEqual({ ok: true, value: 4 });
    expect(parseAgreedScore('2.50')).toEqual({ ok: true, value: 2.5 });
    expect(parseAgreedScore('3.45')).toEqual({ ok: false, problem: 'oneDecimal' });
    expect(parseAgreedScore('5.1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseAgreedScore('0.9')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseAgreedScore('drie')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseAgreedScore('')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('the report of a workshop', () => {
  async function report(lng: 'en' | 'nl', patch = {}) {
    const i18n = await createTestI18n(lng);
    const t = i18n.getFixedT(lng) as unknown as Translate;
    const a = addTestWorkshop(patch);
    await resetStore();
    return buildReport(a, t, { language: lng });
  }
  const answers = {
    quickAnswers: {
      'p-anna': { 'leadership-commitment': 2 },
      'p-bram': { 'leadership-commitment': 4 },
      'p-cas': { 'leadership-commitment': 5 },
    },
  } as const;

  it('has a team section with team score, spread and what to discuss, in Dutch', async () => {
    // 2, 4, 5 -> 11 / 3 = 3.67, shown 3,7; 2,0 to 5,0.
    const r = await report('nl', answers);
    const team = r.team!;
    expect(team.intro).toBe(
      '3 van 3 deelnemers hebben geantwoord. Deelnemers staan er met hun code in.',
    );
    const lc = team.rows.find((x) => x.id === 'leadership-commitment')!;
    expect([lc.teamText, lc.spreadText, lc.answers, lc.disagreement]).toEqual([
      '3,7',
      '2,0–5,0',
      3,
      true,
    ]);
    expect(team.discuss.items).toEqual([
      'Betrokkenheid van directie en management: 2,0 tot 5,0 (een verschil van 3,0)',
    ]);
    // The CSV's team rows, in the long layout: what the row is, then the columns of every table.
    const csv = teamCsvRows(r);
    const col = (name: string) => EXPORT_COLUMNS.indexOf(name as never);
    const lcRows = csv.filter((row) => row[col('code')] === 'leadership-commitment');
    expect(
      lcRows.map((row) => [
        row[col('table')],
        row[col('item')],
        row[col('score')],
        row[col('scored')],
      ]),
    ).toEqual([
      ['team', 'Teamscore', 3.7, 3],
      ['team', 'Laagste', 2, null],
      ['team', 'Hoogste', 5, null],
    ]);
    // Both groups under 3 answers: no group figures, two notes.
    expect(team.groups.columns).toEqual([]);
    expect(team.groups.notes).toHaveLength(2);
  });

  it('shows codes, names only when chosen, and no one-by-one figures of a small group when anonymous', async () => {
    const named = await report('en', answers);
    expect(named.details.elements[1]!.participants.map((p) => p.name)).toEqual(['M1', 'M2', 'E1']);
    const withNames = await report('en', { ...answers, reportNames: true });
    expect(withNames.details.elements[1]!.participants.map((p) => p.name)).toEqual([
      'M1 (Anna)',
      'M2 (Bram)',
      'E1 (Cas)',
    ]);
    const anonymous = await report('en', { ...answers, anonymity: 'anonymous', reportNames: true });
    // Management (2 answers) and Employees (1) are both under 3: nobody appears one by one.
    expect(anonymous.details.elements[1]!.participants).toEqual([]);
    expect(anonymous.participants.rows).toEqual([]);
  });

  it('gives the workbook a team, a groups and a gaps sheet, with the dots of the spread', async () => {
    // Leadership commitment, quick levels. Management 4, 4, 5 -> 13 / 3 = 4.33, shown 4.3;
    // Employees 2, 2, 3 -> 2.33, shown 2.3; team 20 / 6 = 3.33, shown 3.3; 2.0 to 5.0.
    // Gap Management - Employees from the displayed scores: 4.3 - 2.3 = 2.0, flagged (>= 1.0).
    const six = {
      participants: [
        { id: 'm1', name: '', code: 'M1', groupId: 'management' },
        { id: 'm2', name: '', code: 'M2', groupId: 'management' },
        { id: 'm3', name: '', code: 'M3', groupId: 'management' },
        { id: 'e1', name: '', code: 'E1', groupId: 'employees' },
        { id: 'e2', name: '', code: 'E2', groupId: 'employees' },
        { id: 'e3', name: '', code: 'E3', groupId: 'employees' },
      ],
      quickAnswers: Object.fromEntries(
        [
          ['m1', 4],
          ['m2', 4],
          ['m3', 5],
          ['e1', 2],
          ['e2', 2],
          ['e3', 3],
        ].map(([id, level]) => [id, { 'leadership-commitment': level }]),
      ),
      elements: {
        ...addTestWorkshop().elements,
        'leadership-commitment': {
          ...addTestWorkshop().elements['leadership-commitment'],
          agreedScore: 3,
          agreedReason: 'The front line sees the plan too little.',
        },
      },
    };
    const r = await report('en', six);
    const lc = r.team!.rows.find((x) => x.id === 'leadership-commitment')!;
    expect(lc.dots).toEqual([2, 2, 3, 4, 4, 5]);
    const sheets = workbookSheets(r);
    expect(sheets.map((x) => x.name).slice(-3)).toEqual(['Team', 'Groups', 'Perception gaps']);
    const [team, groups, gaps] = sheets.slice(-3);
    expect(team!.rows[0]).toEqual([
      'Code',
      'Element',
      'Team score',
      'Agreed score',
      'Reason for the agreed score',
      'Lowest',
      'Highest',
      'Answers',
      "Don't know",
      'Remarks',
    ]);
    expect(team!.rows.find((row) => row[0] === 'leadership-commitment')).toEqual([
      'leadership-commitment',
      'Leadership and management commitment',
      3.3,
      3,
      'The front line sees the plan too little.',
      2,
      5,
      6,
      0,
      'disagreement',
    ]);
    // An element nobody scored: no numbers, no reason.
    expect(team!.rows.find((row) => row[0] === 'monitoring')).toEqual([
      'monitoring',
      'Monitoring service excellence activities and results',
      null,
      null,
      null,
      null,
      null,
      0,
      0,
      null,
    ]);
    expect(groups!.rows[0]).toEqual(['Code', 'Element', 'Management (3)', 'Employees (3)']);
    expect(groups!.rows.find((row) => row[0] === 'leadership-commitment')).toEqual([
      'leadership-commitment',
      'Leadership and management commitment',
      4.3,
      2.3,
    ]);
    expect(gaps!.rows[0]).toEqual([
      'Group A',
      'Group B',
      'Code',
      'Element',
      'Score A',
      'Score B',
      'Gap',
      'Remarks',
    ]);
    // Largest gap first: the only element both groups scored.
    expect(gaps!.rows[1]).toEqual([
      'Management',
      'Employees',
      'leadership-commitment',
      'Leadership and management commitment',
      4.3,
      2.3,
      2,
      'large gap',
    ]);
    expect(gaps!.rows).toHaveLength(1 + 9);
  });
});
