import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { uiLanguageOf } from '../i18n/config';
import { openDemo, openWorkshopDemo } from '../state/assessment-commands';
import { ResultsRoute } from './ResultsRoute';

/**
 * #/demo/results: the demo's results in the UI language, opened (built once) straight from a link;
 * #/demo/workshop the same for the workshop demo. The address stays as it is, so the link can be
 * shared and bookmarked.
 */
export function DemoResultsRoute({ workshop = false }: { workshop?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage);
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void (workshop ? openWorkshopDemo : openDemo)(language).then(
      (opened) => current && setId(opened),
    );
    return () => {
      current = false;
    };
  }, [language, workshop]);
  return id ? <ResultsRoute id={id} /> : <p className="app-loading">{t('app.loading')}</p>;
}
