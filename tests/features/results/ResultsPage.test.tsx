import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentSchema } from '../../../src/model/schema';
import type * as StorageModule from '../../../src/state/storage';
import v1Fixture from '../../fixtures/assessment-v2-full.json';
import { FIXTURE_ID, handAssessment } from './fixture';
import { renderResults, stored } from './support';
import { resetStore } from '../../support/store';
import { rowCells, rowHeaders, table } from './table-helpers';

vi.mock('../../../src/state/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof StorageModule>()),
  writeAssessment: vi.fn(() => Promise.resolve()),
}));

afterEach(resetStore);

describe('results page: the hand-computed numbers', () => {
  it('shows the overall score, level and index in Dutch, flagged incomplete', async () => {
    await renderResults(handAssessment('nl'), 'nl');
    const overall = screen.getByRole('region', { name: 'Totaalscore' });
    // (3.5 + 1.5 + 4.6 + 2 + 3 + 5/3 + 4 + 4.2) / 8 = 3.0583 -> 3,1; index from the shown 3,1:
    // 2.1 x 25 = 52.5 -> 53
    expect(within(overall).getByText('3,1 · Systematisch · index 53')).toBeInTheDocument();
    expect(within(overall).getByText('onvolledig')).toHaveClass('flag');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Resultaten: Baseline 2026',
    );
  });

  it('shows the same numbers in English with a decimal point', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const overall = screen.getByRole('region', { name: 'Overall score' });
    expect(within(overall).getByText('3.1 · Systematic · index 53')).toBeInTheDocument();
    expect(within(overall).getByText('incomplete')).toHaveClass('flag');
    expect(within(overall).getByText('8 of 9 elements scored')).toBeInTheDocument();
  });

  it('groups scores by dimension with level, index and the flags as text (nl)', async () => {
    await renderResults(handAssessment('nl'), 'nl');
    const scores = table('Score, niveau en index per dimensie en element');
    expect(rowHeaders(scores)).toHaveLength(4 + 9);
    // Dimensions: (3.5 + 1.5) / 2 = 2.5 -> index 37.5 -> 38
    expect(rowCells(scores, 'Leiderschap en strategie')).toEqual([
      'Leiderschap en strategie',
      '2,5',
      'In ontwikkeling',
      '38',
      '',
    ]);
    // 14 / 4 = 3.5 -> Geïntegreerd, index 62.5 -> 63
    expect(rowCells(scores, 'Visie, missie en strategie')).toEqual([
      'Visie, missie en strategie',
      '3,5',
      'Geïntegreerd',
      '63',
      '',
    ]);
    // 3 / 2 = 1.5, only 2 of 5 applicable answered
    expect(rowCells(scores, 'Betrokkenheid van directie en management').slice(1)).toEqual([
      '1,5',
      'Ad hoc',
      '13',
      'onvoldoende antwoorden',
    ]);
    expect(rowCells(scores, 'Cultuur en betrokkenheid van medewerkers').slice(1)).toEqual([
      '4,6',
      'Excellent',
      '90',
      'onvolledig',
    ]);
    expect(rowCells(scores, 'Betrokkenheid en bezieling van medewerkers').slice(1)).toEqual([
      '–',
      '–',
      '–',
      'niet beoordeeld',
    ]);
    // 5 / 3 = 1.666.. -> 1,7 Ad hoc, index from the shown 1,7: 0.7 x 25 = 17.5 -> 18
    expect(rowCells(scores, 'Management van service-innovatie').slice(1)).toEqual([
      '1,7',
      'Ad hoc',
      '18',
      '',
    ]);
    // (2 + 3 + 5/3) / 3 = 2.222 -> 2,2, index 1.2 x 25 = 30; (4 + 4.2) / 2 = 4.1 -> 77.5 -> 78
    expect(rowCells(scores, 'Een uitzonderlijke klantbeleving creëren').slice(1, 4)).toEqual([
      '2,2',
      'In ontwikkeling',
      '30',
    ]);
    expect(rowCells(scores, 'Operationele service excellence').slice(1, 4)).toEqual([
      '4,1',
      'Geïntegreerd',
      '78',
    ]);
    for (const flag of within(scores).getAllByText(/onvoldoende|onvolledig|niet beoordeeld/)) {
      expect(flag).toHaveClass('flag');
    }
  });

  it('shows the element scores in English too', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const scores = table('Score, level and index per dimension and element');
    expect(rowCells(scores, 'Service excellence vision, mission and strategy').slice(1)).toEqual([
      '3.5',
      'Integrated',
      '63',
      '',
    ]);
    expect(rowCells(scores, 'Monitoring service excellence').slice(1)).toEqual([
      '4.2',
      'Excellent',
      '80',
      '',
    ]);
    expect(rowCells(scores, 'Leadership and management commitment').at(-1)).toBe(
      'insufficient answers',
    );
  });

  it('draws the radar as one described image, with the same numbers in a table', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const radar = screen.getByRole('img', {
      name: 'Radar: score per element compared with the target',
    });
    expect(radar).toHaveAccessibleDescription(
      expect.stringContaining('Vision & strategy 3.5 (target 4); Leadership commitment 1.5'),
    );
    expect(radar).toHaveAccessibleDescription(
      expect.stringContaining('Employee engagement not assessed (target 4)'),
    );
    const numbers = table('The radar in numbers');
    expect(rowHeaders(numbers)).toHaveLength(9);
    // target 5 - 2.0 = 3.0
    expect(rowCells(numbers, 'Customer insight')).toEqual([
      'Customer insight',
      '2.0',
      'Developing',
      '5',
      '3.0',
      '',
    ]);
    expect(rowCells(numbers, 'Employee engagement')).toEqual([
      'Employee engagement',
      '–',
      '–',
      '4',
      '–',
      'not assessed',
    ]);
    // One participant, no agreed scores: score and target only.
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(legend).toEqual(expect.arrayContaining(['Score', 'Target', 'not assessed']));
    expect(legend).not.toContain("Range of the participants' scores");
  });

  it('ranks the improvement areas by priority with their next steps', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const areas = table('Improvement areas ranked by priority');
    const rows = within(areas)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      // rank, element, score, target, gap, importance, priority
      [
        '1',
        'Understanding customer needs, expectations and desires',
        '2.0',
        '5',
        '3.0',
        '5',
        '15.0',
      ],
      [
        '2',
        'Leadership and management commitmentinsufficient answers',
        '1.5',
        '4',
        '2.5',
        '3',
        '7.5',
      ],
      // gap 4 - 1.7 (shown) = 2.3; priority 3 x 2.3 = 6.9
      ['3', 'Service innovation management', '1.7', '4', '2.3', '3', '6.9'],
      [
        '4',
        'Designing and renewing outstanding customer experiences',
        '3.0',
        '4',
        '1.0',
        '3',
        '3.0',
      ],
      ['5', 'Service excellence vision, mission and strategy', '3.5', '4', '0.5', '3', '1.5'],
    ]);
    const first = screen.getByRole('heading', {
      name: '1. Understanding customer needs, expectations and desires',
    });
    const card = first.closest('li')!;
    // 2.0 is Developing: the steps from Developing to Systematic.
    expect(within(card).getByText('Next steps from Developing to Systematic')).toBeInTheDocument();
    expect(within(card).getAllByRole('button', { name: 'Add as action' })).toHaveLength(3);
    // Each step says how the organisation will know it works (en framework.json, checks.2to3.s1).
    expect(within(card).getAllByText("How you'll know it works:")).toHaveLength(3);
    expect(
      within(card).getByText(
        "The map shows the emotional highs and lows in the customers' own words, and teams use it to decide what to fix first.",
      ),
    ).toBeInTheDocument();
  });

  it('names up to three strengths, level 5 ones with how to stay excellent', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const section = screen.getByRole('region', { name: 'Strengths' });
    const names = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names).toEqual([
      'Service excellence culture',
      'Monitoring service excellence activities and results',
      'Managing customer-experience processes and organisational structure',
    ]);
    const cards = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.card'));
    expect(within(cards[0]!).getByText('4.6 · Excellent · index 90')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('How to stay excellent')).toBeInTheDocument();
    expect(
      within(cards[2]!).getByText('Next steps from Integrated to Excellent'),
    ).toBeInTheDocument();
  });

  it('lists the element without a score with a link to answer it', async () => {
    await renderResults(handAssessment('nl'), 'en');
    const section = screen.getByRole('region', { name: 'Not assessed' });
    const link = within(section).getByRole('link', {
      name: 'Answer the statements on Employee engagement',
    });
    expect(link).toHaveAttribute('href', `#/a/${FIXTURE_ID}/employee-engagement`);
  });

  it('updates gap, priority, radar table and ranking at once when a target changes', async () => {
    const user = userEvent.setup();
    await renderResults(handAssessment('nl'), 'nl');
    const select = screen.getByRole('combobox', { name: 'Doel voor Visie, missie en strategie' });
    expect(select).toHaveValue('4');
    await user.selectOptions(select, '5');
    expect(stored(FIXTURE_ID).elements['vision-mission-strategy'].target).toBe(5);
    // gap 5 - 3.5 = 1.5, priority 3 x 1.5 = 4.5
    const targets = table('Doel, belang, gap en prioriteit per element');
    const row = rowCells(targets, 'Visie, missie en strategie');
    expect([row[1], row[4], row[5]]).toEqual(['3,5', '1,5', '4,5']);
    expect(rowCells(table('De radar in getallen'), 'Visie en strategie')[4]).toBe('1,5');
    // 4.5 now ranks above experience design's 3.0.
    const areas = table('Verbeterpunten gerangschikt op prioriteit');
    expect(rowCells(areas, 'Visie, missie en strategie')[0]).toBe('4');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Belang van Visie, missie en strategie' }),
      '5',
    );
    // 5 x 1.5 = 7.5 ties with leadership commitment (3 x 2.5 = 7.5); on a tie the lower score
    // ranks first: leadership (1.5) is 2nd, vision (3.5) 3rd.
    expect(rowCells(areas, 'Visie, missie en strategie')[0]).toBe('3');
    expect(rowCells(areas, 'Visie, missie en strategie')[6]).toBe('7,5');
  });

  it('says that a quick check is a quick check', async () => {
    const quick = handAssessment('en', {
      kind: 'quick',
      answers: {},
      quickAnswers: { 'p-anna': { 'vision-mission-strategy': 4, monitoring: 2 } },
    });
    await renderResults(quick, 'en');
    expect(screen.getByText(/This is a quick check/)).toBeInTheDocument();
    // (4 + 2) / 2 = 3.0, index 50
    expect(screen.getByText('3.0 · Systematic · index 50')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Answer the question on Employee engagement' }),
    ).toBeInTheDocument();
  });

  it('adds the min-max band and the agreed scores for a team with agreed scores', async () => {
    const team = assessmentSchema.parse(v1Fixture);
    await renderResults(team, 'en');
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(legend).toEqual(
      expect.arrayContaining([
        'Team score',
        'Score used (agreed, else team)',
        'Target',
        "Range of the participants' scores",
      ]),
    );
    // Agreed 3.5 on customer understanding replaces the team mean.
    const numbers = table('The radar in numbers');
    expect(rowCells(numbers, 'Customer insight').slice(1, 3)).toEqual(['3.5', 'Integrated']);
    expect(rowCells(numbers, 'Customer insight')[5]).toContain('agreed score');
  });
});
