import { useTranslation } from '../../i18n/use-translation';
import { DetailsForm, useNewDetails } from '../../components/DetailsForm';
import { PageHeading } from '../../components/PageHeading';
import { navigate } from '../../lib/router';
import type { AssessmentKind } from '../../model/schema';
import { createAssessment } from '../../state/assessment-commands';

/**
 * Title, organisation, scope, assessor, date and language of a new assessment, in the one
 * details form that "Edit details" uses too.
 */
export function NewAssessmentPage({ kind }: { kind: AssessmentKind }) {
  const { t } = useTranslation();
  const start = useNewDetails((year) => t('new.defaultTitle', { year }));

  return (
    <div className="new-assessment">
      <PageHeading>{t(kind === 'quick' ? 'new.titleQuick' : 'new.titleFull')}</PageHeading>
      <p>{t(kind === 'quick' ? 'new.introQuick' : 'new.introFull')}</p>
      <DetailsForm
        start={start}
        submitLabel={t('new.submit')}
        cancelHref="#/"
        onSubmit={(meta) => {
          const id = createAssessment(kind, meta);
          navigate({ name: 'assess', id, step: null });
        }}
      />
    </div>
  );
}
