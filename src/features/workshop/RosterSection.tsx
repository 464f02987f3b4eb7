import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { TableWrap } from '../../components/TableWrap';
import { routeHref } from '../../lib/router';
import { newId } from '../../lib/ids';
import { progressOf } from '../../model/progress';
import type { Assessment } from '../../model/schema';
import {
  withGroup,
  withGroupName,
  withoutGroup,
  withoutParticipant,
  withParticipant,
  withParticipantChange,
  hasResponse,
} from '../../model/workshop/setup';
import { updateAssessment, useAssessments } from '../../state/assessments';
import { AddParticipant } from './AddParticipant';
import { EditParticipant } from './EditParticipant';
import { GroupsEditor } from './GroupsEditor';
import { useGroupName } from './use-group-name';

/**
 * Who takes part: per participant the code, name (named workshops), group and "N of M answered",
 * with who is still missing; hand the device to one of them; add participants late; edit groups.
 */
export function RosterSection({ id }: { id: string }) {
  const a = useAssessments((s) => s.byId[id]);
  if (!a) return null;
  return <Roster a={a} />;
}

function Roster({ a }: { a: Assessment }) {
  const { t } = useTranslation('workshop');
  const groupName = useGroupName();
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const editedParticipant = a.participants.find((p) => p.id === editing);
  // Focus goes back to the row's Edit button after the form closes, so a keyboard user keeps their place.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || returnTo.current === null) return;
    document.getElementById(`edit-${returnTo.current}`)?.focus();
    returnTo.current = null;
  }, [editing]);
  const closeEdit = () => {
    returnTo.current = editing;
    setEditing(null);
  };
  const rows = a.participants.map((p) => ({ p, progress: progressOf(a, p.id) }));
  const answered = rows.filter((r) => r.progress.answered > 0);
  const missing = rows.filter((r) => r.progress.answered === 0);
  const named = a.anonymity === 'named';
  const label = (p: Assessment['participants'][number]) =>
    named && p.name ? `${p.code} (${p.name})` : p.code;
  const refuse = (key: string | null) => setProblem(key ? t(key as 'roster.errors.full') : null);
  const editable = !a.readOnly;

  return (
    <section aria-labelledby="roster-heading" className="workshop-section">
      <h2 id="roster-heading">{t('roster.heading')}</h2>
      <p className="workshop-summary">
        {t('roster.answered', { answered: answered.length, total: rows.length })}
      </p>
      {missing.length > 0 && (
        <p>{t('roster.missing', { list: missing.map((r) => label(r.p)).join(', ') })}</p>
      )}
      <p className="workshop-muted">
        {t(`anonymity.${a.anonymity}.facilitator`)} {t('roster.anonymityFixed')}
      </p>
      <TableWrap label={t('roster.tableLabel')}>
        <table className="data-table workshop-roster">
          <caption className="visually-hidden">{t('roster.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.code')}</th>
              {named && <th scope="col">{t('roster.name')}</th>}
              <th scope="col">{t('roster.group')}</th>
              <th scope="col">{t('roster.progress')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('roster.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ p, progress }) => (
              <tr key={p.id}>
                <th scope="row">{p.code}</th>
                {named && <td>{p.name}</td>}
                <td>{groupName(a.groups.find((g) => g.id === p.groupId))}</td>
                <td>
                  {progress.answered === 0
                    ? t('roster.notStarted')
                    : t('roster.progressText', {
                        answered: progress.answered,
                        total: progress.total,
                      })}
                </td>
                <td className="workshop-row-actions">
                  {editable && !a.lock.locked && (
                    <a
                      className="button button--small"
                      href={routeHref({ name: 'handover', id: a.id, participantId: p.id })}
                      aria-label={t('roster.handOverLabel', { code: p.code })}
                    >
                      {t('roster.handOver')}
                    </a>
                  )}
                  {editable && (
                    <button
                      type="button"
                      id={`edit-${p.id}`}
                      className="button button--secondary button--small"
                      aria-label={t('roster.editLabel', { code: p.code })}
                      aria-expanded={editing === p.id}
                      onClick={() => setEditing(editing === p.id ? null : p.id)}
                    >
                      {t('roster.edit')}
                    </button>
                  )}
                  {editable && !hasResponse(a, p.id) && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('roster.removeLabel', { code: p.code })}
                      onClick={() => {
                        const r = withoutParticipant(a, p.id);
                        if (r.ok) updateAssessment(a.id, () => r.value);
                        refuse(r.ok ? null : r.problem);
                      }}
                    >
                      {t('roster.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {editable && editedParticipant && (
        <EditParticipant
          key={editedParticipant.id}
          participant={editedParticipant}
          groups={a.groups}
          anonymity={a.anonymity}
          onClose={closeEdit}
          onSave={(change) => {
            const current = useAssessments.getState().byId[a.id];
            if (!current) return null;
            const r = withParticipantChange(current, editedParticipant.id, change);
            if (!r.ok) return r.problem;
            return updateAssessment(a.id, () => r.value) ? null : 'roster.errors.refused';
          }}
        />
      )}
      {a.lock.locked && <p className="workshop-muted">{t('roster.lockedNoHandover')}</p>}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {editable && (
        <>
          <AddParticipant
            groups={a.groups}
            participants={a.participants}
            anonymity={a.anonymity}
            onAdd={(p) => {
              const current = useAssessments.getState().byId[a.id];
              if (!current) return null;
              const r = withParticipant(current, { ...p, id: newId('p') });
              if (!r.ok) return r.problem;
              updateAssessment(a.id, () => r.value);
              return null;
            }}
          />
          <GroupsEditor
            groups={a.groups}
            members={(gid) => a.participants.filter((p) => p.groupId === gid).length}
            onRename={(gid, name) => updateAssessment(a.id, (x) => withGroupName(x, gid, name))}
            onAdd={(name) => {
              const r = withGroup(a, { id: newId('g'), preset: null, name });
              if (r.ok) updateAssessment(a.id, (x) => ({ ...x, groups: r.value.groups }));
              refuse(r.ok ? null : r.problem);
            }}
            onRemove={(gid) => {
              const r = withoutGroup(a, gid);
              if (r.ok) updateAssessment(a.id, (x) => ({ ...x, groups: r.value.groups }));
              refuse(r.ok ? null : r.problem);
            }}
          />
        </>
      )}
    </section>
  );
}
