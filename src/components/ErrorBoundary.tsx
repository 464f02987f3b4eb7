import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { openAssessments, useAssessments } from '../state/assessments';
import { loadEngine } from '../state/engine';
import { downloadText } from '../lib/download';
import { screenWhole } from '../lib/prerendered-screen';

/**
 * The last safety net: if a view throws, the user sees what happened and can take all their
 * assessments out as one file, instead of a blank screen. Saved data is untouched.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('SE Radar view error', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <Fallback message={this.state.error.message} /> : this.props.children;
  }
}

function Fallback({ message }: { message: string }) {
  const { t } = useTranslation();
  // A prerendered screen that fails makes way for this one (src/lib/prerendered-screen.ts).
  useEffect(screenWhole, []);
  async function exportAll() {
    const { serializeBackup } = await loadEngine();
    const { byId, summaries } = useAssessments.getState();
    const all = await openAssessments([
      ...new Set([...Object.keys(byId), ...Object.keys(summaries)]),
    ]);
    // The same backup format as "save all": it opens again through "Open file".
    downloadText('se-radar-backup.json', serializeBackup(all), 'application/json');
  }
  return (
    <div className="notice notice--error" role="alert">
      <h1 className="page-heading">{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('crash.export')}
        </button>
        <a className="button button--secondary" href="#/">
          {t('crash.back')}
        </a>
      </div>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre className="crash-details">{message}</pre>
      </details>
    </div>
  );
}
