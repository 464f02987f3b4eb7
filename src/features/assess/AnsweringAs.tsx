import { useTranslation } from '../../i18n/use-translation';
import { useAssessments } from '../../state/assessments';

/** On a passed device: whose answers these are, and who sees them (the workshop's anonymity). */
export function AnsweringAs({
  assessmentId,
  participantId,
}: {
  assessmentId: string;
  participantId: string;
}) {
  const { t } = useTranslation();
  const code = useAssessments(
    (s) => s.byId[assessmentId]?.participants.find((p) => p.id === participantId)?.code ?? '',
  );
  const anonymity = useAssessments((s) => s.byId[assessmentId]?.anonymity ?? 'named');
  return (
    <p className="assess-as">
      <strong>{t('assess.workshop.answeringAs', { code })}</strong>{' '}
      {t(anonymity === 'anonymous' ? 'assess.workshop.anonymous' : 'assess.workshop.named')}
    </p>
  );
}
