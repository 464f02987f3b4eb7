/**
 * The one way to build the report model in a given language, whatever the screen shows: used
 * by the results page, the CSV, the workbook and the PDF, so all four load the same texts and
 * translate them the same way.
 */
import type { i18n as I18n } from 'i18next';
import { buildReport, lazyReport } from '../model/report';
import type { ReportModel, ReportOptions, Translate } from '../model/report-types';
import type { Assessment, Language } from '../model/schema';

/** The namespaces the report model reads. */
export const REPORT_NAMESPACES = ['framework', 'report'] as const;

const translators = new WeakMap<I18n, Map<Language, Translate>>();

/**
 * A translate function bound to `language` that remembers texts without variables. buildReport
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
    // i18next's typed t accepts only the app's literal keys; the model asks with built keys.
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

/** Makes sure the report texts of `language` are loaded (the screen may be in the other one). */
export async function loadReportTexts(i18n: I18n, language: Language): Promise<void> {
  await Promise.all([i18n.loadLanguages(language), i18n.loadNamespaces([...REPORT_NAMESPACES])]);
}

/** The report model in `language`; its texts must be loaded (see loadReportTexts). */
export function reportIn(
  i18n: I18n,
  assessment: Assessment,
  language: Language,
  options: Omit<ReportOptions, 'language'> = {},
): ReportModel {
  return buildReport(assessment, reportTranslate(i18n, language), { ...options, language });
}

/**
 * The same, with the sections below the results page's first screen built when first read
 * (lazyReport): for the results page, which reads each in its own section's render.
 */
export function lazyReportIn(
  i18n: I18n,
  assessment: Assessment,
  language: Language,
  options: Omit<ReportOptions, 'language'> = {},
): ReportModel {
  return lazyReport(assessment, reportTranslate(i18n, language), { ...options, language });
}

/** Loads the texts of `language`, then builds the report model in it. */
export async function loadReportIn(
  i18n: I18n,
  assessment: Assessment,
  language: Language,
  options: Omit<ReportOptions, 'language'> = {},
): Promise<ReportModel> {
  await loadReportTexts(i18n, language);
  return reportIn(i18n, assessment, language, options);
}
