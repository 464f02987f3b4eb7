import { useTranslation } from '../i18n/use-translation';
import { GLOSSARY_IDS, frameworkKeys } from '../model/framework';
import './glossary.css';

type FrameworkText = (key: string) => string;

/** The terms the questionnaire uses, explained, in the assessment's own word for the customer. */
export function GlossaryList({ fw }: { fw: FrameworkText }) {
  return (
    <dl className="glossary">
      {GLOSSARY_IDS.map((g) => (
        <div key={g}>
          <dt>{fw(frameworkKeys.glossaryTerm(g))}</dt>
          <dd>{fw(frameworkKeys.glossaryText(g))}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "Terms used in this questionnaire", folded away beside the questions so they stay in view. */
export function GlossaryDetails({ fw }: { fw: FrameworkText }) {
  const { t } = useTranslation();
  return (
    <details className="glossary-details">
      <summary className="glossary-details__summary">{t('questionnaire.glossary')}</summary>
      <GlossaryList fw={fw} />
    </details>
  );
}
