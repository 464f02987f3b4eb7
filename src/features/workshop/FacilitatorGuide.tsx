import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import './workshop.css';

const INVITE = ['management', 'frontLine', 'support'] as const;
const AGENDA = [
  'opening',
  'scoring',
  'picture',
  'break',
  'discuss',
  'targets',
  'actions',
  'close',
] as const;
const TOPICS = ['alone', 'spread', 'gaps', 'naDk', 'targets'] as const;
const ACTION_PARTS = ['owner', 'date', 'measure'] as const;

/**
 * The facilitator's guide: who to invite, an agenda, and how to run the discussion, in the
 * `guide` namespace, which loads only when the guide is first shown. It has no route of its
 * own: the workshop pages place it (an h2 with h3 sections).
 */
export function FacilitatorGuide() {
  const { t } = useTranslation('guide');
  const id = useId();
  return (
    <article className="guide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p>{t('intro')}</p>

      <section aria-labelledby={`${id}-invite`}>
        <h3 id={`${id}-invite`}>{t('invite.heading')}</h3>
        <p>{t('invite.intro')}</p>
        <ul>
          {INVITE.map((who) => (
            <li key={who}>{t(`invite.${who}`)}</li>
          ))}
        </ul>
        <p>{t('invite.size')}</p>
        <p>{t('invite.invitation')}</p>
      </section>

      <section aria-labelledby={`${id}-agenda`}>
        <h3 id={`${id}-agenda`}>{t('agenda.heading')}</h3>
        <ol className="guide-agenda">
          {AGENDA.map((step) => (
            <li key={step}>
              <span className="guide-time">{t(`agenda.${step}.time`)}</span>
              <span>
                <strong>{t(`agenda.${step}.title`)}</strong> {t(`agenda.${step}.text`)}
              </span>
            </li>
          ))}
        </ol>
        <p>{t('agenda.intro')}</p>
      </section>

      {TOPICS.map((topic) => (
        <section key={topic} aria-labelledby={`${id}-${topic}`}>
          <h3 id={`${id}-${topic}`}>{t(`${topic}.heading`)}</h3>
          <p>{t(`${topic}.text`)}</p>
        </section>
      ))}

      <section aria-labelledby={`${id}-actions`}>
        <h3 id={`${id}-actions`}>{t('actions.heading')}</h3>
        <p>{t('actions.text')}</p>
        <ul>
          {ACTION_PARTS.map((part) => (
            <li key={part}>{t(`actions.${part}`)}</li>
          ))}
        </ul>
        <p>{t('actions.followUp')}</p>
      </section>
    </article>
  );
}
