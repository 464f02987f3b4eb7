/**
 * A backup: every assessment of a browser in one file, for "save all" and for the error screen's
 * rescue export. Each entry is the same envelope a single-assessment file has, and each comes back
 * through restoreAssessment(), so a backup is read by the one restore path, entry by entry.
 */
import { FILE_APP, restoreAssessment, serializeAssessment, type RestoreError } from './restore';
import type { Assessment } from './schema';
import { MAX_BACKUP_CHARS } from './file-limits';

export { MAX_BACKUP_CHARS };

export const BACKUP_KIND = 'backup';

export function serializeBackup(assessments: readonly Assessment[]): string {
  const entries = assessments.map((a) => JSON.parse(serializeAssessment(a)) as unknown);
  return `${JSON.stringify({ app: FILE_APP, kind: BACKUP_KIND, assessments: entries }, null, 2)}\n`;
}

export interface BackupContents {
  restored: Assessment[];
  /** Entries restore() refused, with their position in the file (0-based). */
  failed: { index: number; error: RestoreError }[];
}

/**
 * Reads a backup file. Returns null when the text is not a backup (so the caller tries it as a
 * single assessment), and never throws.
 */
export function readBackup(text: string): BackupContents | null {
  if (text.length > MAX_BACKUP_CHARS || !text.includes(`"${BACKUP_KIND}"`)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const file = parsed as Record<string, unknown>;
  if (file.app !== FILE_APP || file.kind !== BACKUP_KIND || !Array.isArray(file.assessments))
    return null;
  const contents: BackupContents = { restored: [], failed: [] };
  file.assessments.forEach((entry: unknown, index: number) => {
    // As text, so each entry passes the same size check as a single file (10 MB).
    const result = restoreAssessment(JSON.stringify(entry) ?? 'null');
    if (result.ok) contents.restored.push(result.value);
    else contents.failed.push({ index, error: result.error });
  });
  return contents;
}
