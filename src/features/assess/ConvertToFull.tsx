import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { navigate } from '../../lib/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ELEMENT_IDS } from '../../model/framework';
import { convertToFull } from '../../model/edits';
import { updateAssessment } from '../../state/assessments';

/** Quick check -> full assessment, after saying plainly what stays and what changes. */
export function ConvertToFull({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="assess-convert" aria-labelledby="assess-convert-title">
      <h2 id="assess-convert-title" className="assess-convert__title">
        {t('assess.convert.heading')}
      </h2>
      <p>{t('assess.convert.intro')}</p>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('assess.convert.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('assess.convert.title')}
        confirmLabel={t('assess.convert.confirm')}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          if (updateAssessment(assessmentId, convertToFull)) {
            navigate({ name: 'assess', id: assessmentId, step: ELEMENT_IDS[0] });
          }
        }}
      >
        <p>{t('assess.convert.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
