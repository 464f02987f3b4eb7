import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { uiLanguageOf } from '../i18n/config';
import { screenWhole } from '../lib/prerendered-screen';
import { demoIdOf, openDemo, openWorkshopDemo } from '../state/assessment-commands';
import { useAssessments } from '../state/assessments';
import { ResultsRoute } from './ResultsRoute';

/**
 * #/demo/results: the demo's results in the UI language, opened (built once) straight from a link;
 * #/demo/workshop the same for the workshop demo. The address stays as it is, so the link can be
 * shared and bookmarked. The build prerenders #/demo/results (src/app/prerender.tsx), so the
 * screen says when it is whole (src/lib/prerendered-screen.ts).
 */
export function DemoResultsRoute({ workshop = false }: { workshop?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  // Already read whole (opened earlier in this tab, or the build's prerender): shown at once.
  const [id, setId] = useState<string | null>(() => {
    const demoId = demoIdOf(language, workshop);
    return demoId in useAssessments.getState().byId ? demoId : null;
  });
  useEffect(() => {
    let current = true;
    // A transition: the results render in small steps, so a slow phone stays responsive.
    void (workshop ? openWorkshopDemo : openDemo)(language).then((opened) => {
      if (current) startTransition(() => setId(opened));
    });
    return () => {
      current = false;
    };
  }, [language, workshop]);
  return id ? (
    <ResultsRoute id={id} onShown={screenWhole} />
  ) : (
    <p className="app-loading">{t('app.loading')}</p>
  );
}
