import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/model/report';
import { reportTranslate } from '../../src/i18n/report-language';
import type { Assessment, Language } from '../../src/model/schema';
import { createTestI18n } from '../support/i18n';
import { fullAssessment, teamAssessment } from '../pdf/fixtures';
import { answersOf, makeAssessment, participants } from './scoring-fixtures';

/**
 * The executive summary, written from the figures. Every expected sentence is worked out by
 * hand from the answers (the fixtures' comments give the element scores).
 */
const t = {
  nl: reportTranslate(await createTestI18n('nl'), 'nl'),
  en: reportTranslate(await createTestI18n('en'), 'en'),
};
const summaryOf = (a: Assessment, language: Language, previous: Assessment | null = null) =>
  buildReport(a, t[language], { language, previous }).summary;

describe('the generated summary', () => {
  it('one assessor: overall, strengths, priorities, not assessed and flagged (nl and en)', () => {
    // Scores (fixtures.ts): vms 3.6, lc 3.3, sc 2.3, ee 4.8, cu 1.6, ed 3.0 (insufficient),
    // si none, ps 3.8, mo 2.4. Overall 3.0979 -> 3,1 over 8 of 9, index (3.1 - 1) * 25 = 53.
    // Strengths (>= 3.4): ee 4.8, ps 3.8, vms 3.6. Priorities at target 4, importance 3:
    // cu 3 x 2.4 = 7.2, sc 3 x 1.7 = 5.1, mo 3 x 1.6 = 4.8 (then ed 3.0, lc 2.1, vms 1.2).
    expect(summaryOf(fullAssessment('nl'), 'nl').paragraphs).toEqual([
      'De organisatie scoort gemiddeld 3,1 op een schaal van 1 tot 5, over de 8 van de 9 elementen met een score. Dat is het niveau Systematisch (index 53 van 100). De sterkste elementen zijn Betrokken medewerkers (4,8), Processen en structuur (3,8) en Visie en strategie (3,6). De grootste prioriteiten zijn Klantinzicht (score 1,6, doel 4), Servicecultuur (score 2,3, doel 4) en Meten en bijsturen (score 2,4, doel 4): daar is de afstand tot het doel, gewogen naar belang, het grootst.',
      'Eén element heeft nog geen score: Service-innovatie. Bij Ontwerp klantbeleving is minder dan de helft van de stellingen beantwoord, dus die score is alleen een eerste indicatie.',
    ]);
    expect(summaryOf(fullAssessment('en'), 'en').paragraphs).toEqual([
      'On average the organisation scores 3.1 on a scale of 1 to 5, over the 8 of 9 elements that have a score. That is the level Systematic (index 53 out of 100). The strongest elements are Employee engagement (4.8), Processes & structure (3.8) and Vision & strategy (3.6). The largest priorities are Customer insight (score 1.6, target 4), Service culture (score 2.3, target 4) and Monitoring & improvement (score 2.4, target 4): there the distance to the target, weighted by importance, is greatest.',
      'One element has no score yet: Service innovation. Fewer than half of the statements were answered for Experience design, so its score is a first indication only.',
    ]);
  });

  it('a team: disagreement and the agreed score, no "not assessed" when all are scored', () => {
    // vms: 2, 4 and 3 -> team 3.0, 4 - 2 = 2: disagreement; agreed 3.5 is used. The other
    // eight: 3.0. Overall (3.5 + 8 x 3) / 9 = 3.056 -> 3,1, index 53. Strength: vms 3.5 only.
    // Priorities: eight at 3 x 1.0 = 3.0, in model order lc, sc, ee; vms 3 x 0.5 = 1.5.
    expect(summaryOf(teamAssessment('nl'), 'nl').paragraphs).toEqual([
      'De organisatie scoort gemiddeld 3,1 op een schaal van 1 tot 5. Dat is het niveau Systematisch (index 53 van 100). Het sterkste element is Visie en strategie (3,5). De grootste prioriteiten zijn Betrokken leiderschap (score 3,0, doel 4), Servicecultuur (score 3,0, doel 4) en Betrokken medewerkers (score 3,0, doel 4): daar is de afstand tot het doel, gewogen naar belang, het grootst.',
      'De 3 deelnemers verschillen 2 punten of meer van inzicht over één element, Visie en strategie; het loont dat samen te bespreken voordat er acties worden gekozen. Voor Visie en strategie heeft het team samen een score afgesproken; het rapport gebruikt die in plaats van het gemiddelde.',
    ]);
  });

  it('a team that agrees says so', () => {
    // Two participants, monitoring 3 and 4: 1 point apart.
    const a = makeAssessment({
      participants: participants(2),
      answers: {
        p1: answersOf({ monitoring: [3, 3, 3, 3, 3] }),
        p2: answersOf({ monitoring: [4, 4, 4, 4, 4] }),
      },
    });
    expect(summaryOf(a, 'en').paragraphs.at(-1)).toBe(
      'The 2 participants are less than 2 points apart on every element.',
    );
  });

  it('the change since the previous assessment, with the largest rise and fall', () => {
    // Previous: vms 3.0, mo 4.0. Now: vms (4+4+3+3+4)/5 = 3.6, mo (4+4+4+4+3)/5 = 3.8.
    // Overall 3.7 (index 67.5 -> 68) against 3.5: +0.2 over 2; vms +0.6, mo -0.2.
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
    expect(summaryOf(current, 'nl', previous).paragraphs).toEqual([
      'De organisatie scoort gemiddeld 3,7 op een schaal van 1 tot 5, over de 2 van de 9 elementen met een score. Dat is het niveau Geïntegreerd (index 68 van 100). De sterkste elementen zijn Meten en bijsturen (3,8) en Visie en strategie (3,6). De grootste prioriteiten zijn Visie en strategie (score 3,6, doel 4) en Meten en bijsturen (score 3,8, doel 4): daar is de afstand tot het doel, gewogen naar belang, het grootst.',
      'Er zijn nog 7 elementen zonder score: Betrokken leiderschap, Servicecultuur, Betrokken medewerkers, Klantinzicht, Ontwerp klantbeleving, Service-innovatie, Processen en structuur.',
      'Sinds de vorige beoordeling van 25 november 2026 is de totaalscore gestegen (+0,2, over de 2 elementen die beide keren een score hadden). De grootste vooruitgang zit in Visie en strategie (+0,6). De grootste achteruitgang zit in Meten en bijsturen (-0,2).',
    ]);
  });

  it('says when nothing reaches Integrated, or every target is reached', () => {
    // monitoring 2.0 only: no strength; target 4 gives priority 3 x 2.0 = 6.0.
    const low = makeAssessment({ answers: { p1: answersOf({ monitoring: [2, 2, 2, 2, 2] }) } });
    expect(summaryOf(low, 'nl').paragraphs[0]).toContain(
      'Nog geen element haalt het niveau Geïntegreerd (een score van 3,4 of hoger). De grootste prioriteit is Meten en bijsturen (score 2,0, doel 4):',
    );
    // monitoring 5.0 with target 4: a strength, no gap anywhere.
    const high = makeAssessment({ answers: { p1: answersOf({ monitoring: [5, 5, 5, 5, 5] }) } });
    expect(summaryOf(high, 'en').paragraphs[0]).toContain(
      'The strongest element is Monitoring & improvement (5.0). Every assessed element has reached its target.',
    );
  });

  it('with nothing scored, says only that', () => {
    expect(summaryOf(makeAssessment(), 'nl').paragraphs).toEqual([
      'Nog geen enkel element heeft een score, dus dit rapport kan nog geen totaalbeeld geven.',
    ]);
  });
});

describe('the consultant’s own summary', () => {
  it('replaces the generated one, paragraph by paragraph, which stays available', () => {
    const a = fullAssessment('nl');
    a.summaryText =
      '  Łódzkie Wodociągi staat er goed voor: ≥ 85 % ✓.\n\n“Tweede” alinea – kort.  ';
    const s = summaryOf(a, 'nl');
    expect(s.custom).toBe(true);
    expect(s.paragraphs).toEqual([
      'Łódzkie Wodociągi staat er goed voor: ≥ 85 % ✓.',
      '“Tweede” alinea – kort.',
    ]);
    expect(s.generated.split('\n\n')[0]).toMatch(/^De organisatie scoort gemiddeld 3,1/);
  });

  it('is ignored when it holds only white space', () => {
    const a = fullAssessment('nl');
    a.summaryText = ' \n ';
    expect(summaryOf(a, 'nl').custom).toBe(false);
  });
});
