import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { DetailsForm } from '../../components/DetailsForm';
import { PageHeading } from '../../components/PageHeading';
import { navigate } from '../../lib/router';
import { newDetails } from '../../model/details';
import type { AssessmentKind } from '../../model/schema';
import { createAssessment, todayIso } from '../../state/assessment-commands';
import { uiLanguageOf } from '../../i18n/config';

/**
 * Title, organisation, scope, assessor, date and language of a new assessment, in the one
 * details form that "Edit details" uses too.
 */
export function NewAssessmentPage({ kind }: { kind: AssessmentKind }) {
  const { t, i18n } = useTranslation();
  const [start] = useState(() => {
    const today = todayIso();
    return newDetails({
      defaultTitle: t('new.defaultTitle', { year: today.slice(0, 4) }),
      today,
      language: uiLanguageOf(i18n.resolvedLanguage),
    });
  });

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
