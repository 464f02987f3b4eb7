import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { DetailsForm } from '../../components/DetailsForm';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemNotice } from '../../components/ProblemNotice';
import { navigate, routeHref } from '../../lib/router';
import { detailsOf } from '../../model/details';
import { updateAssessment, useAssessments } from '../../state/assessments';

/**
 * "Edit details" of an existing assessment: the same form as a new one, opened with its details.
 * Saving goes through the store like every edit (validated, then written with its revision).
 */
export function DetailsPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const assessment = useAssessments((s) => s.byId[id]);
  // The form starts from the details as they were when the page opened; a change from another
  // tab meanwhile is merged field by field when this one is saved.
  const [start] = useState(() => (assessment ? detailsOf(assessment.meta) : null));
  if (!assessment || !start) return null;
  return (
    <div className="details-page">
      <PageHeading>{t('details.title')}</PageHeading>
      <p>{t('details.intro', { title: assessment.meta.title })}</p>
      <ProblemNotice assessmentId={id} />
      {assessment.readOnly ? (
        <Notice tone="info">
          <p>{t('details.readOnly')}</p>
        </Notice>
      ) : (
        <DetailsForm
          start={start}
          submitLabel={t('details.submit')}
          cancelHref={routeHref({ name: 'start' })}
          onSubmit={(meta) => {
            if (updateAssessment(id, (a) => ({ ...a, meta }))) navigate({ name: 'start' });
          }}
        />
      )}
    </div>
  );
}
