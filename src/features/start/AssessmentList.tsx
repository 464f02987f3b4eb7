import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { removeAssessment, useAssessments } from '../../state/assessments';
import { saveAssessmentToFile } from '../../state/assessment-commands';
import type { Assessment } from '../../model/schema';
import { uiLanguageOf } from '../../i18n/config';
import { formatIsoDate } from '../../model/format-date';

/** Assessment ids are [A-Za-z0-9_-]; prefixed so they make valid, page-unique element ids. */
const domId = (id: string) => `assessment-${id}`;

/** The user's assessments, newest change first: continue, see results, save to file, delete. */
export function AssessmentList() {
  const { t, i18n } = useTranslation();
  const assessments = useAssessments(
    useShallow((s) => Object.values(s.byId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
  );
  const [toDelete, setToDelete] = useState<Assessment | null>(null);

  return (
    <section aria-labelledby="list-heading" className="assessment-list">
      <h2 id="list-heading">{t('start.list.heading')}</h2>
      {assessments.length === 0 ? (
        <p>{t('start.list.empty')}</p>
      ) : (
        <ul className="assessment-list__items">
          {assessments.map((a) => (
            <li key={a.id} className="card assessment-list__item">
              <h3 className="assessment-list__title" id={`${domId(a.id)}-title`}>
                <a href={`#/a/${encodeURIComponent(a.id)}`}>{a.meta.title}</a>
              </h3>
              <p className="assessment-list__meta">
                {[
                  a.meta.organisation,
                  a.meta.scope,
                  t(a.kind === 'quick' ? 'start.list.kindQuick' : 'start.list.kindFull'),
                  formatIsoDate(a.meta.date, uiLanguageOf(i18n.resolvedLanguage)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {a.readOnly && <span className="flag">{t('start.list.demo')}</span>}
              </p>
              <div className="button-row">
                <a
                  className="button button--small"
                  href={`#/a/${encodeURIComponent(a.id)}`}
                  id={`${domId(a.id)}-open`}
                  aria-labelledby={`${domId(a.id)}-open ${domId(a.id)}-title`}
                >
                  {t(a.readOnly ? 'start.list.view' : 'start.list.continue')}
                </a>
                <a
                  className="button button--small button--secondary"
                  href={`#/a/${encodeURIComponent(a.id)}/results`}
                >
                  {t('start.list.results')}
                </a>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  id={`${domId(a.id)}-save`}
                  aria-labelledby={`${domId(a.id)}-save ${domId(a.id)}-title`}
                  onClick={() => saveAssessmentToFile(a)}
                >
                  {t('start.list.save')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => setToDelete(a)}
                >
                  {t('actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('start.list.deleteTitle')}
        confirmLabel={t('start.list.deleteConfirm')}
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) void removeAssessment(toDelete.id);
          setToDelete(null);
        }}
      >
        <p>{t('start.list.deleteBody', { title: toDelete?.meta.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
