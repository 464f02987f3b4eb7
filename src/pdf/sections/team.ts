import type { ReportTeam } from '../../model/report-types';
import { WARNING } from '../colours';
import { SMALL, type PdfWriter } from '../writer';

const right = { halign: 'right', cellWidth: 'wrap' } as const;

/**
 * A workshop's team and group section: team and agreed scores with reasons and the spread per
 * element, what to discuss, the groups' scores and the perception gaps (groups under 3 answers
 * are not in the model, so they cannot be printed).
 */
export function drawTeam(w: PdfWriter, team: ReportTeam): void {
  w.newPage();
  const top = w.heading(team.title, 1);
  w.paragraph(team.intro, SMALL);
  const c = team.columns;
  w.table({
    head: [[c.element, c.team, c.agreed, c.spread, c.answers, c.dontKnow, c.reason]],
    body: team.rows.map((r) => [
      r.name,
      r.teamText,
      r.agreedText,
      r.spreadText,
      String(r.answers),
      String(r.dontKnow),
      r.reason,
    ]),
    columnStyles: { 1: right, 2: right, 3: right, 4: right, 5: right, 6: { cellWidth: 50 } },
  });

  w.heading(team.discuss.title, 2, top);
  if (team.discuss.items.length === 0) w.paragraph(team.discuss.emptyText, SMALL);
  else w.bullets(team.discuss.items);

  w.heading(team.groups.title, 2, top);
  w.paragraph(team.groups.intro, SMALL);
  for (const note of team.groups.notes) w.paragraph(note, SMALL);
  if (team.groups.columns.length > 0) {
    w.table({
      head: [[c.element, ...team.groups.columns]],
      body: team.groups.rows.map((r) => [r.name, ...r.cells]),
      columnStyles: Object.fromEntries(team.groups.columns.map((_, i) => [i + 1, right])),
    });
  }

  if (team.gaps.items.length > 0) {
    const gapsMark = w.heading(team.gaps.title, 2, top);
    w.paragraph(team.gaps.intro, SMALL);
    for (const pair of team.gaps.items) {
      w.table(
        {
          head: [[team.gaps.columns.element, pair.a, pair.b, team.gaps.columns.gap, '']],
          body: pair.rows.map((r) => [
            r.name,
            r.aText,
            r.bText,
            r.gapText,
            r.flagged ? team.gaps.flagText : '',
          ]),
          columnStyles: {
            1: right,
            2: right,
            3: right,
            4: { cellWidth: 'wrap', textColor: WARNING },
          },
        },
        { text: pair.title, level: 3, parent: gapsMark },
      );
    }
  }
}
