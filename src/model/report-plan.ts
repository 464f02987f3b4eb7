/** The action plan and the participants table of the report model. */
import { ELEMENT_IDS } from './framework';
import { formatIsoDate } from './format-date';
import type { ReportContext } from './report-context';
import { participantName } from './report-elements';
import { participantShown } from './report-team';
import type { ReportModel } from './report-types';

export function actionsSection(c: ReportContext): ReportModel['actions'] {
  const { rp } = c;
  return {
    emptyText: rp('actions.none'),
    columns: {
      element: rp('columns.element'),
      description: rp('columns.description'),
      owner: rp('columns.owner'),
      due: rp('columns.due'),
      status: rp('columns.status'),
      priority: rp('columns.actionPriority'),
    },
    rows: c.assessment.actions.map((a) => ({
      id: a.id,
      elementId: a.elementId,
      elementName: a.elementId === null ? rp('actions.general') : c.elementName(a.elementId),
      // A suggested step prints in the report language until the user rewrites it (then the
      // reference is dropped, see carryStepRef); actions saved before schema 2 have none.
      description: a.stepRef?.text[c.lang] || a.description,
      owner: a.owner,
      due: a.due,
      dueText: a.due === null ? '' : formatIsoDate(a.due, c.lang),
      status: a.status,
      statusText: rp(`actions.status.${a.status}`),
      priority: a.priority,
      priorityText: rp(`actions.priority.${a.priority}`),
    })),
  };
}

export function participantsSection(c: ReportContext): ReportModel['participants'] {
  const { rp, r } = c;
  // A group renamed by the user shows its own name; a default group its translated one.
  const groupName = (groupId: string) => {
    const group = c.assessment.groups.find((g) => g.id === groupId);
    if (group?.name) return group.name;
    return group?.preset ? rp(`groups.${group.preset}`) : groupId;
  };
  return {
    columns: {
      name: rp('columns.name'),
      group: rp('columns.group'),
      answers: rp('columns.answers'),
      score: rp('columns.score'),
    },
    rows: r.participants.flatMap((p, i) =>
      !participantShown(c, i)
        ? []
        : [
            {
              id: p.participant.id,
              name: participantName(c, i),
              groupText: groupName(p.participant.groupId),
              answersText:
                r.kind === 'quick'
                  ? rp('participants.answeredQuick', {
                      answered: p.quickAnswered,
                      total: ELEMENT_IDS.length,
                    })
                  : rp('participants.answered', {
                      answered: p.answers.total - (p.answers.applicable - p.answers.scored),
                      total: p.answers.total,
                    }),
              score: c.score(p.overall.score),
            },
          ],
    ),
  };
}
