import type { ReportFlag } from '../../model/report-types';

/** Remarks such as "insufficient answers" as visible text badges, never colour alone. */
export function FlagBadges({ flags }: { flags: readonly ReportFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="results-flags">
      {flags.map((f) => (
        <span key={f.code} className={`flag flag--${f.code}`}>
          {f.text}
        </span>
      ))}
    </span>
  );
}
