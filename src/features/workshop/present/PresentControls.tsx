import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { ELEMENT_IDS, frameworkKeys } from '../../../model/framework';
import { appAddress } from '../../../model/workshop/links/app-address';
import { stepElement } from '../../../model/workshop/present';
import { presentKey, usePresentStep } from './use-present-step';
import './present.css';

/**
 * In the facilitator's window: opens the presentation window (no controls of its own, so only it
 * is shared on the projector) and moves it, with these buttons or the arrow keys while focus is
 * here.
 */
export function PresentControls({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { t: fw } = useTranslation('framework');
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const { step, next, previous, first } = usePresentStep(assessmentId);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inside = box.current?.contains(event.target as Node) ?? false;
      const action = presentKey(event.key);
      // Only from these controls: elsewhere the keys belong to the page's own fields.
      if (!inside || action === null || event.key === ' ' || event.key === 'Enter') return;
      event.preventDefault();
      if (action === 'next') next();
      else if (action === 'previous') previous();
      else first();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, first]);
  const open = () => {
    const url = `${appAddress(window.location.href)}#/present/${assessmentId}`;
    window.open(url, `se-radar-present-${assessmentId}`, 'popup=yes,width=1280,height=800');
  };
  const element = stepElement(step);
  const where =
    element === null
      ? t('workshop.present.atInvitations')
      : t(`workshop.present.at.${step.reveal}`, {
          n: step.index,
          total: ELEMENT_IDS.length,
          element: String(fw(frameworkKeys.elementName(element) as never)),
        });
  return (
    <div className="present-controls" ref={box} role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workshop.present.heading')}</h3>
      <p>{t('workshop.present.intro')}</p>
      <p>
        <button type="button" className="button" onClick={open}>
          {t('workshop.present.open')}
        </button>
      </p>
      <p className="present-controls__where" role="status">
        {where}
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={previous}>
          {t('workshop.present.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={next}>
          {t('workshop.present.next')}
        </button>
      </div>
      <p className="field__hint">{t('workshop.present.keys')}</p>
    </div>
  );
}
