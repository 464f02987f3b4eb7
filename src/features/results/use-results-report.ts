import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { uiLanguageOf } from '../../i18n/config';
import { buildReport } from '../../model/report';
import type { ReportModel, Translate } from '../../model/report-types';
import type { Assessment, Language } from '../../model/schema';

const translators = new WeakMap<I18n, Map<Language, Translate>>();

/**
 * A translate function for the report model that remembers texts without variables. buildReport
 * asks for several hundred, the same ones on every edit and every visit, and i18next's lookup was
 * the largest part of its time. Forgotten whenever i18next loads or adds texts.
 */
export function reportTranslate(i18n: I18n, language: Language): Translate {
  let perLanguage = translators.get(i18n);
  if (!perLanguage) {
    const fresh = new Map<Language, Translate>();
    perLanguage = fresh;
    translators.set(i18n, fresh);
    i18n.on('loaded', () => fresh.clear());
    i18n.store?.on('added', () => fresh.clear());
  }
  let translate = perLanguage.get(language);
  if (!translate) {
    const t = i18n.getFixedT(language) as unknown as Translate;
    const cache = new Map<string, string>();
    translate = (key, vars) => {
      if (vars) return t(key, vars);
      let text = cache.get(key);
      if (text === undefined) {
        text = t(key);
        cache.set(key, text);
      }
      return text;
    };
    perLanguage.set(language, translate);
  }
  return translate;
}

/**
 * The report model of an assessment in the interface language: the one source of every number
 * and text the results page shows, as the CSV and the PDF use it. It is rebuilt only when the
 * assessment object or the language changes, never on other re-renders.
 */
export function useResultsReport(assessment: Assessment): ReportModel {
  // Naming the namespaces makes Suspense wait until the report and framework texts are loaded.
  const { i18n } = useTranslation(['common', 'report', 'framework']);
  const language = uiLanguageOf(i18n.resolvedLanguage);
  return useMemo(
    () => buildReport(assessment, reportTranslate(i18n, language), { language }),
    [assessment, i18n, language],
  );
}
