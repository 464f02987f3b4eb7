import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Notice } from '../../../components/Notice';
import { answeredCount, withResponse, withoutResponse } from '../../../model/workshop/collect';
import { sortResponses, type InboxItem } from '../../../model/workshop/inbox';
import { extractFragments } from '../../../model/workshop/links/extract';
import { updateAssessment, useAssessments } from '../../../state/assessments';
import { takeIncoming } from '../../../state/incoming-responses';
import { ResponseSources } from './ResponseSources';
import { useParticipantLabel } from './use-participant-label';
import './inbox.css';

/** One batch's outcome lines, each an i18n key with its values. */
type Line = { key: string; values: Record<string, string | number>; tone: 'ok' | 'refused' };

type Conflict = Extract<InboxItem, { kind: 'conflict' }>;

interface Props {
  assessmentId: string;
}

/**
 * The facilitator's inbox: "N of M answered" and who is missing; response links pasted (one or
 * many, straight from a mail or chat) or files dropped; each refused one named; a participant
 * who already answered differently asked about; a response withdrawn on request.
 */
export function InboxPanel({ assessmentId }: Props) {
  const { t } = useTranslation();
  const a = useAssessments((s) => s.byId[assessmentId]);
  const label = useParticipantLabel(a);
  const [lines, setLines] = useState<Line[]>([]);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);

  const collect = useCallback(
    (batches: readonly { source: string | null; text: string }[]) => {
      const current = useAssessments.getState().byId[assessmentId];
      if (!current) return;
      const out: Line[] = [];
      const fragments: string[] = [];
      for (const b of batches) {
        const found = extractFragments(b.text, 'r');
        if (found.length === 0) {
          out.push(
            b.source === null
              ? { key: 'workshop.inbox.noneInText', values: {}, tone: 'refused' }
              : { key: 'workshop.inbox.noneInFile', values: { name: b.source }, tone: 'refused' },
          );
        }
        fragments.push(...found);
      }
      if (fragments.length > 0 && current.lock.locked) {
        setLines([{ key: 'workshop.inbox.locked', values: {}, tone: 'refused' }, ...out]);
        return;
      }
      const { items, next } = sortResponses(current, fragments);
      items.forEach((item, i) => {
        const n = i + 1;
        switch (item.kind) {
          case 'new':
            out.push({
              key: 'workshop.inbox.collected',
              values: { who: label(item.participantId) },
              tone: 'ok',
            });
            break;
          case 'same':
            out.push({
              key: 'workshop.inbox.same',
              values: { who: label(item.participantId) },
              tone: 'ok',
            });
            break;
          case 'conflict':
            out.push({
              key: 'workshop.inbox.conflictLine',
              values: { who: label(item.participantId) },
              tone: 'ok',
            });
            break;
          case 'unknownCode':
            out.push({
              key: 'workshop.inbox.unknownCode',
              values: { code: item.code, n },
              tone: 'refused',
            });
            break;
          case 'refused':
            out.push({
              key: 'workshop.inbox.refused',
              values: { n, reason: item.error },
              tone: 'refused',
            });
            break;
        }
      });
      if (next !== current) updateAssessment(assessmentId, () => next);
      setLines(out);
      setConflicts((before) => [
        ...before.filter(
          (c) => !items.some((i) => i.kind === 'conflict' && i.participantId === c.participantId),
        ),
        ...items.filter((i): i is Conflict => i.kind === 'conflict'),
      ]);
    },
    [assessmentId, label],
  );

  // Response links opened with the app (#/r/...): collected once, as if pasted.
  useEffect(() => {
    // After the first paint, so the outcome is announced in the live region that is there.
    const timer = setTimeout(() => {
      const incoming = takeIncoming(assessmentId);
      if (incoming.length > 0)
        collect([{ source: null, text: incoming.map((f) => `#${f}`).join('\n') }]);
    }, 0);
    return () => clearTimeout(timer);
  }, [assessmentId, collect]);

  if (!a) return null;
  const count = answeredCount(a);
  const resolve = (c: Conflict, replace: boolean) => {
    if (replace)
      updateAssessment(assessmentId, (x) => withResponse(x, c.participantId, c.response));
    setConflicts((list) => list.filter((x) => x !== c));
    setLines([
      {
        key: replace ? 'workshop.inbox.replaced' : 'workshop.inbox.kept',
        values: { who: label(c.participantId) },
        tone: 'ok',
      },
    ]);
  };
  const answered = a.participants.filter((p) => !count.missing.includes(p.id));

  return (
    <div className="inbox">
      <p className="inbox__count" role="status">
        {t('workshop.inbox.count', { answered: count.answered, total: count.total })}
      </p>
      {count.missing.length > 0 ? (
        <p>{t('workshop.inbox.missing', { who: count.missing.map(label).join(', ') })}</p>
      ) : (
        <p>{t('workshop.inbox.everyone')}</p>
      )}
      <ResponseSources onCollect={collect} />
      <div className="inbox__outcome" aria-live="polite">
        {lines.length > 0 && (
          <ul className="inbox__lines">
            {lines.map((line, i) => (
              <li key={i} className={`inbox__line inbox__line--${line.tone}`}>
                {t(line.key as 'workshop.inbox.collected', {
                  ...line.values,
                  reason:
                    typeof line.values.reason === 'string'
                      ? t(line.values.reason as 'workshop.links.errors.garbled')
                      : '',
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {conflicts.map((c) => (
        <Notice key={c.participantId} tone="warning" className="inbox__conflict">
          <p>{t('workshop.inbox.conflict', { who: label(c.participantId) })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => resolve(c, true)}>
              {t('workshop.inbox.replace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => resolve(c, false)}
            >
              {t('workshop.inbox.keep')}
            </button>
          </div>
        </Notice>
      ))}
      {answered.length > 0 && (
        <details className="inbox__answered">
          <summary>{t('workshop.inbox.answeredList', { count: answered.length })}</summary>
          <ul>
            {answered.map((p) => (
              <li key={p.id}>
                <span>{label(p.id)}</span>{' '}
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={a.lock.locked}
                  onClick={() => setWithdrawing(p.id)}
                >
                  {t('workshop.inbox.withdraw', { who: label(p.id) })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('workshop.inbox.withdrawTitle', { who: withdrawing ? label(withdrawing) : '' })}
        confirmLabel={t('workshop.inbox.withdrawConfirm')}
        danger
        onConfirm={() => {
          if (withdrawing) {
            updateAssessment(assessmentId, (x) => withoutResponse(x, withdrawing));
            setLines([
              { key: 'workshop.inbox.withdrawn', values: { who: label(withdrawing) }, tone: 'ok' },
            ]);
          }
          setWithdrawing(null);
        }}
        onCancel={() => setWithdrawing(null)}
      >
        <p>{t('workshop.inbox.withdrawBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
