import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, lazyReport } from '../../src/model/report';
import { formatIsoDate } from '../../src/model/format-date';
import type { Translate } from '../../src/model/report-types';
import { reportTranslate } from '../../src/i18n/report-language';
import { createTestI18n } from '../support/i18n';
import type { Language } from '../../src/model/schema';
import { answersOf, makeAssessment, workedExample } from './scoring-fixtures';

/**
 * The real i18next with the real locale files, through the app's own report translate: a
 * missing text throws ("Missing translation: ..."), so the tests fail on a text that is not
 * there instead of comparing keys with keys.
 */
// The default customer word's forms (framework.json customerWords.customer), which the report
// fills into every framework text.
const KLANT = {
  customer: 'klant',
  customers: 'klanten',
  customerIn: 'klant',
  Customer: 'Klant',
  Customers: 'Klanten',
  CustomerIn: 'Klant',
};
const CUSTOMER = {
  customer: 'customer',
  customers: 'customers',
  customerIn: 'customer',
  Customer: 'Customer',
  Customers: 'Customers',
  CustomerIn: 'Customer',
};
const i18nOf = { nl: await createTestI18n('nl'), en: await createTestI18n('en') };
const fakeT = (lng: Language): Translate => reportTranslate(i18nOf[lng], lng);

describe('formatIsoDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('writes the calendar date in the language, without a time-zone shift', () => {
    expect(formatIsoDate('2026-11-25', 'nl')).toBe('25 november 2026');
    expect(formatIsoDate('2026-11-25', 'en')).toBe('25 November 2026');
    process.env.TZ = 'Pacific/Honolulu'; // UTC-10: a naive new Date('2026-11-25') shows the 24th
    expect(formatIsoDate('2026-11-25', 'en')).toBe('25 November 2026');
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    expect(formatIsoDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });

  it('returns anything else unchanged', () => {
    expect(formatIsoDate('25-11-2026', 'nl')).toBe('25-11-2026');
  });
});

describe('buildReport on the worked example', () => {
  const nl = buildReport(workedExample(), fakeT('nl'));
  const en = buildReport(workedExample(), fakeT('en'), { language: 'en' });
  const tnl = fakeT('nl');

  it('formats meta and the overall score per language', () => {
    expect(nl.language).toBe('nl');
    expect(nl.meta).toMatchObject({
      title: 'Worked example',
      organisation: 'Voorbeeld BV',
      dateText: '25 november 2026',
    });
    expect(en.meta.dateText).toBe('25 November 2026');
    expect(nl.kind).toBe('full');
    // overall 2.9375 -> 2,9 / 2.9, Systematic, index 48, incomplete
    expect(nl.overall.score).toEqual({
      value: 2.9375,
      text: '2,9',
      level: 3,
      levelName: 'Systematisch',
      index: 48,
      indexText: '48',
    });
    expect(en.overall.score).toMatchObject({
      text: '2.9',
      levelName: 'Systematic',
      indexText: '48',
    });
    expect(nl.overall.flags.map((f) => f.code)).toEqual(['incomplete']);
    expect(nl.overall.flagsText).toBe(tnl('report:flags.incomplete'));
  });

  it('fills the dimensions table', () => {
    const [leadership, culture, , operations] = nl.dimensions.rows;
    expect(leadership).toMatchObject({
      id: 'leadership',
      // 2.425 shown 2,4: (2.4 - 1) * 25 = 35
      score: { text: '2,4', levelName: 'In ontwikkeling', indexText: '35' },
      flags: [],
    });
    expect(culture?.score.text).toBe('4,4');
    expect(culture?.flags.map((f) => f.code)).toEqual(['incomplete']);
    expect(operations).toMatchObject({
      score: { value: null, text: tnl('report:noValue'), levelName: '' },
    });
    expect(operations?.flags.map((f) => f.code)).toEqual(['notAssessed']);
    expect(en.dimensions.rows[0]?.score.text).toBe('2.4');
  });

  it('fills the elements table with scores, gaps, priorities and flags', () => {
    const row = (id: string, model = nl) => model.elements.rows.find((r) => r.id === id)!;
    // vms: 3.05 -> 3,1; index 2.1 * 25 = 52.5 -> 53; gap 4 - 3.1 = 0,9; priority 3 x 0.9 = 2,7
    expect(row('vision-mission-strategy')).toMatchObject({
      score: { text: '3,1', levelName: 'Systematisch', indexText: '53' },
      targetText: '4',
      gap: 0.9,
      gapText: '0,9',
      importanceText: '3',
      priority: 2.7,
      priorityText: '2,7',
      flags: [],
    });
    expect(row('vision-mission-strategy', en)).toMatchObject({
      gapText: '0.9',
      priorityText: '2.7',
    });
    expect(row('vision-mission-strategy').spread).toMatchObject({
      minText: '2,5',
      maxText: '3,6',
      sdText: '0,6',
    });
    // cu: team 2,0, agreed 2,5 (effective), gap 1,5, importance 5, priority 7,5
    const cu = row('customer-understanding');
    expect(cu).toMatchObject({
      score: { text: '2,5', levelName: 'In ontwikkeling' },
      teamScore: { text: '2,0' },
      agreedScore: { text: '2,5' },
      gapText: '1,5',
      importanceText: '5',
      priorityText: '7,5',
    });
    expect(cu.flags.map((f) => f.code)).toEqual(['disagreement', 'agreed']);
    expect(row('leadership-commitment').spread).toMatchObject({
      minText: '1,8',
      maxText: '4,0',
      sdText: '1,1',
      disagreement: true,
    });
    expect(row('monitoring')).toMatchObject({
      score: { value: null },
      gap: null,
      gapText: tnl('report:noValue'),
    });
    expect(row('monitoring').flags.map((f) => f.code)).toEqual(['notAssessed']);
  });

  it('lists strengths, improvement areas with next steps, and not assessed elements', () => {
    expect(nl.strengths.items).toEqual([
      {
        id: 'service-culture',
        name: tnl('framework:elements.service-culture.name'),
        score: expect.objectContaining({ text: '4,4' }),
      },
    ]);
    expect(nl.improvementAreas.items.map((a) => [a.rank, a.id, a.gapText, a.priorityText])).toEqual(
      [
        [1, 'customer-understanding', '1,5', '7,5'],
        [2, 'leadership-commitment', '2,2', '6,6'],
        [3, 'vision-mission-strategy', '0,9', '2,7'],
      ],
    );
    const first = nl.improvementAreas.items[0]!.nextSteps;
    expect(first).toMatchObject({ move: '2to3', stayExcellent: false });
    expect(first.title).toBe(
      tnl('report:nextSteps.title', { from: 'In ontwikkeling', to: 'Systematisch' }),
    );
    expect(first.items).toEqual(
      [1, 2, 3].map((n) =>
        tnl(`framework:elements.customer-understanding.steps.2to3.s${n}`, KLANT),
      ),
    );
    expect(first.items[0]).not.toContain('elements.'); // real framework texts
    // Each step with how you will know it works, and its permanent id.
    expect(first.checks).toEqual(
      [1, 2, 3].map((n) =>
        tnl(`framework:elements.customer-understanding.checks.2to3.s${n}`, KLANT),
      ),
    );
    expect(first.checkLabel).toBe('Zo merk je dat het werkt:');
    expect(first.stepIds).toEqual(['cu-2to3-s1', 'cu-2to3-s2', 'cu-2to3-s3']);
    expect(nl.notAssessed.items.map((i) => i.id)).toEqual([
      'employee-engagement',
      'experience-design',
      'service-innovation',
      'processes-structure',
      'monitoring',
    ]);
  });

  it('details each element with statements, spread and next steps', () => {
    const vms = nl.details.elements[0]!;
    expect(vms.statements).toHaveLength(5);
    // vms-1: Anna 4, Bram 3 -> 3,5; vms-3: Anna 3, Bram n/a -> 3,0 with one scored answer
    expect(vms.statements[0]).toMatchObject({
      id: 'vms-1',
      score: { text: '3,5' },
      scored: 2,
      notApplicable: 0,
      open: 0,
    });
    expect(vms.statements[0]!.text).toBe(
      tnl('framework:elements.vision-mission-strategy.statements.vms-1', KLANT),
    );
    expect(vms.statements[2]).toMatchObject({
      score: { text: '3,0' },
      scored: 1,
      notApplicable: 1,
    });
    // Evidence beside each statement: vms-1 was retired in edition 2 and has none; vms-3 is
    // asked in both editions and has what to look for and whom to ask.
    expect(vms.statements[0]).toMatchObject({ evidence: '', groups: '', evidenceText: '' });
    const evidence = tnl('framework:elements.vision-mission-strategy.evidence.vms-3', KLANT);
    const groups = tnl('framework:elements.vision-mission-strategy.groups.vms-3', KLANT);
    expect(vms.statements[2]).toMatchObject({
      evidence,
      groups,
      evidenceText: `Waaraan het te zien is: ${evidence} Wie het meestal kan beantwoorden: ${groups}`,
    });
    expect(evidence).toMatch(/^Zoek in de strategie/);
    expect(vms.participants.map((p) => [p.name, p.score.text])).toEqual([
      ['Anna', '3,6'],
      ['Bram', '2,5'],
    ]);
    const lc = nl.details.elements[1]!;
    expect(lc.participants[1]?.flags.map((f) => f.code)).toEqual(['insufficient']);
    const sc = nl.details.elements[2]!;
    expect(sc.nextSteps).toMatchObject({
      move: '4to5',
      stayExcellent: true,
      title: tnl('report:nextSteps.stayExcellent'),
    });
    const cu = nl.details.elements[4]!;
    expect(cu.notes).toBe('We rarely ask customers.');
    expect(cu.quickDescriptor).toBeNull();
    const ee = nl.details.elements[3]!;
    expect(ee.statements[0]?.score.text).toBe(tnl('report:noValue'));
    expect(ee.nextSteps).toBeNull();
  });

  it('writes the action plan with formatted dates and texts', () => {
    expect(nl.actions.rows[0]).toMatchObject({
      elementName: tnl('framework:elements.customer-understanding.name'),
      due: '2027-01-31',
      dueText: '31 januari 2027',
      statusText: tnl('report:actions.status.in-progress'),
      priorityText: tnl('report:actions.priority.high'),
    });
    expect(en.actions.rows[0]?.dueText).toBe('31 January 2027');
    expect(nl.actions.rows[1]).toMatchObject({
      elementName: tnl('report:actions.general'),
      dueText: '',
    });
  });

  it('lists participants and gives the radar series', () => {
    expect(nl.participants.rows.map((p) => [p.name, p.score.text])).toEqual([
      ['Anna', '2,8'],
      ['Bram', '3,0'],
    ]);
    expect(nl.participants.rows[0]?.answersText).toBe(
      tnl('report:participants.answered', { answered: 20, total: 45 }),
    );
    expect(nl.radar.current).toEqual([3.05, 1.8, 4.4, null, 2.5, null, null, null, null]);
    expect(nl.radar.team).toEqual([3.05, 1.8, 4.4, null, 2, null, null, null, null]);
    expect(nl.radar.agreed).toEqual([null, null, null, null, 2.5, null, null, null, null]);
    expect(nl.radar.target).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(nl.radar.teamMin).toEqual([2.5, 1.8, 4.4, null, 1, null, null, null, null]);
    expect(nl.radar.teamMax).toEqual([3.6, 4, 4.4, null, 3, null, null, null, null]);
    expect(nl.radar.axes[3]).toMatchObject({ id: 'employee-engagement', notAssessed: true });
  });

  it('gives warnings for not assessed, disagreement and agreed scores', () => {
    expect(nl.warnings.map((w) => [w.code, w.elementIds.length])).toEqual([
      ['notAssessed', 5],
      ['disagreement', 2],
      ['agreed', 1],
    ]);
    const names = ['leadership-commitment', 'customer-understanding'].map((id) =>
      tnl(`framework:elements.${id}.short`),
    );
    expect(nl.warnings[1]?.text).toBe(
      tnl('report:warnings.disagreement', { count: 2, elements: names.join(', ') }),
    );
  });

  it('fills the appendix with the scale ranges in the language', () => {
    expect(nl.appendix.scale.levels.map((l) => [l.level, l.name])).toEqual([
      [1, 'Ad hoc'],
      [2, 'In ontwikkeling'],
      [3, 'Systematisch'],
      [4, 'Geïntegreerd'],
      [5, 'Excellent'],
    ]);
    expect(nl.appendix.scale.levels[1]?.rangeText).toBe(
      tnl('report:appendix.scale.range', { from: '1,8', to: '2,5' }),
    );
    expect(en.appendix.scale.levels[4]?.rangeText).toBe(
      fakeT('en')('report:appendix.scale.range', { from: '4.2', to: '5.0' }),
    );
    // Two participants, an agreed score and a "not applicable": no "don't know", no quick check
    // continued, no previous assessment.
    expect(nl.appendix.scoring.rules).toEqual(
      [
        'scale',
        'notApplicable',
        'element',
        'insufficient',
        'team',
        'agreed',
        'dimension',
        'overall',
        'weighting',
        'rounding',
        'index',
        'priority',
        'strengths',
      ].map((k) => tnl(`report:appendix.scoring.rules.${k}`)),
    );
    expect(nl.comparison).toBeNull();
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(nl))).toEqual(nl);
  });
});

describe('buildReport, other cases', () => {
  it('flags insufficient answers and shows a quick check with descriptors', () => {
    const full = buildReport(
      makeAssessment({
        answers: {
          p1: answersOf({ monitoring: [2], 'service-culture': ['na', 'na', 'na', 'na', 'na'] }),
        },
      }),
      fakeT('en'),
    );
    const mo = full.elements.rows.find((r) => r.id === 'monitoring')!;
    expect(mo.score.text).toBe('2,0'); // meta.language is nl
    expect(mo.flags.map((f) => f.code)).toEqual(['insufficient']);
    expect(full.warnings.map((w) => w.code)).toEqual(['insufficient', 'notAssessed']);
    expect(full.elements.rows[0]?.spread).toBeNull(); // one participant: no spread
    expect(full.radar.teamMin).toBeNull();
    expect(full.details.elements[2]?.statements[0]?.score.text).toBe(
      fakeT('en')('report:answers.na'),
    );

    const quick = buildReport(
      makeAssessment({ kind: 'quick', quickAnswers: { p1: { monitoring: 4 } } }),
      fakeT('en'),
      { language: 'en' },
    );
    const detail = quick.details.elements.find((d) => d.id === 'monitoring')!;
    expect(detail.statements).toEqual([]);
    expect(detail.quickDescriptor).toBe(
      fakeT('en')('framework:elements.monitoring.quick.l4', CUSTOMER),
    );
    expect(quick.participants.rows[0]?.answersText).toBe(
      fakeT('en')('report:participants.answeredQuick', { answered: 1, total: 9 }),
    );
  });

  it('adds a comparison with a previous assessment', () => {
    const previous = makeAssessment({
      answers: {
        p1: answersOf({ 'vision-mission-strategy': [3, 3, 3, 3, 3], monitoring: [4, 4, 4, 4, 4] }),
      },
    });
    const current = makeAssessment({
      answers: {
        p1: answersOf({ 'vision-mission-strategy': [4, 4, 3, 3, 4], monitoring: [4, 4, 4, 4, 3] }),
      },
    });
    const t = fakeT('nl');
    const report = buildReport(current, t, { previous });
    // vms 3.6 - 3 = +0.6; monitoring 3.8 - 4 = -0.2; overall (3.7 - 3.5) = +0.2 over 2 elements
    expect(report.comparison?.rows[0]).toMatchObject({
      previousText: '3,0',
      currentText: '3,6',
      deltaText: '+0,6',
    });
    expect(report.comparison?.rows[8]).toMatchObject({ deltaText: '-0,2' });
    expect(report.comparison?.rows[1]).toMatchObject({
      delta: null,
      deltaText: t('report:noValue'),
    });
    expect(report.comparison?.overall).toMatchObject({ count: 2, delta: 0.2, deltaText: '+0,2' });
    expect(report.comparison?.overall.text).toBe(
      t('report:comparison.overall', { count: 2, delta: '+0,2' }),
    );
  });
});

describe('report texts', () => {
  it('builds every kind of report in English and Dutch from real texts', () => {
    const cases = [
      { a: workedExample(), previous: makeAssessment() },
      { a: makeAssessment({ answers: { p1: answersOf({ monitoring: [2] }) } }), previous: null },
      {
        a: makeAssessment({ kind: 'quick', quickAnswers: { p1: { monitoring: 4 } } }),
        previous: null,
      },
      {
        a: makeAssessment({
          answers: { p1: answersOf({ monitoring: [5] }) },
          quickAnswers: { p1: { monitoring: 3 } },
        }),
        previous: null,
      },
    ];
    for (const lng of ['en', 'nl'] as const) {
      for (const { a, previous } of cases) {
        // A missing text throws inside buildReport.
        const model = buildReport(a, fakeT(lng), { previous, language: lng });
        expect(JSON.stringify(model)).not.toMatch(/"(report|framework):/);
      }
    }
  });

  it('fails on a text that does not exist', () => {
    expect(() => fakeT('en')('report:sections.noSuchSection')).toThrow(/Missing translation/);
  });
});

describe('one language throughout: the report language', () => {
  const step = {
    id: 'a1',
    elementId: 'customer-understanding' as const,
    description: 'Choose one journey that draws many complaints',
    owner: '',
    due: null,
    status: 'open' as const,
    priority: 'high' as const,
    stepRef: {
      stepId: 'customer-understanding.2to3.s1',
      edition: 1,
      text: {
        nl: 'Kies één klantreis met veel klachten',
        en: 'Choose one journey that draws many complaints',
      },
    },
  };
  const own = { ...step, id: 'a2', description: 'Our own words', stepRef: null };
  const a = makeAssessment({ actions: [step, own] });
  a.meta = { ...a.meta, title: 'Service excellence self-assessment 2026', titleIsDefault: true };

  it('makes a default title in the report language, whatever language it was typed in', () => {
    // meta.date is 2026-11-25: the year is 2026.
    expect(buildReport(a, fakeT('nl'), { language: 'nl' }).meta.title).toBe(
      'Zelfevaluatie service excellence 2026',
    );
    expect(buildReport(a, fakeT('en'), { language: 'en' }).meta.title).toBe(
      'Service excellence self-assessment 2026',
    );
    const typed = { ...a, meta: { ...a.meta, title: 'Nulmeting', titleIsDefault: false } };
    expect(buildReport(typed, fakeT('en'), { language: 'en' }).meta.title).toBe('Nulmeting');
    // A workshop's default is the one its setup page made, "Workshop 2026", not the other.
    const workshop = {
      ...a,
      mode: 'workshop' as const,
      meta: { ...a.meta, title: 'Workshop 2026' },
    };
    expect(buildReport(workshop, fakeT('nl'), { language: 'nl' }).meta.title).toBe('Workshop 2026');
  });

  it('prints a suggested step in the report language, and the user’s own text as typed', () => {
    const nl = buildReport(a, fakeT('nl'), { language: 'nl' });
    expect(nl.actions.rows.map((r) => r.description)).toEqual([
      'Kies één klantreis met veel klachten',
      'Our own words',
    ]);
  });
});

describe('lazyReport', () => {
  /** The report's translate, counting its calls. */
  function counted(lng: Language) {
    const t = fakeT(lng);
    const calls = { n: 0 };
    const counting: Translate = (key, vars) => {
      calls.n += 1;
      return t(key, vars);
    };
    return { t: counting, calls };
  }

  it('builds a section below the first screen when it is first read, and only once', () => {
    const { t, calls } = counted('en');
    const model = lazyReport(workedExample(), t, { language: 'en' });
    const before = calls.n;
    // The first screen's parts are there already: reading them translates nothing more.
    expect(model.meta.title).not.toBe('');
    expect(model.elements.rows).toHaveLength(9);
    expect(calls.n).toBe(before);
    const details = model.details;
    expect(calls.n).toBeGreaterThan(before);
    const after = calls.n;
    expect(model.details).toBe(details);
    expect(calls.n).toBe(after);
  });

  it('holds what buildReport holds, and buildReport is a plain object', () => {
    const eager = buildReport(workedExample(), fakeT('nl'));
    const lazy = lazyReport(workedExample(), fakeT('nl'));
    expect(Object.getOwnPropertyDescriptor(lazy, 'details')?.get).toBeTypeOf('function');
    expect(Object.values(Object.getOwnPropertyDescriptors(eager)).some((d) => d.get)).toBe(false);
    expect({ ...lazy }).toEqual(eager);
    expect(JSON.parse(JSON.stringify(eager))).toEqual(eager);
  });
});
