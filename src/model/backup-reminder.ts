/**
 * When to remind the user to save a backup file: the browser's storage is not a safe place on its
 * own (Safari removes a site's data after 7 days unused unless the app is installed), so after 30
 * days without a backup file the data panel says so.
 */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when there is work to lose and the last backup file (or, when none was ever saved, the
 * oldest assessment) is at least `days` days old. Times are ISO strings; an unreadable one counts
 * as not old, so a broken clock never nags.
 */
export function backupReminderDue(args: {
  lastBackup: string | null;
  oldestCreated: string | null;
  now: string;
  days?: number;
}): boolean {
  const since = args.lastBackup ?? args.oldestCreated;
  if (since === null) return false;
  const from = Date.parse(since);
  const now = Date.parse(args.now);
  if (Number.isNaN(from) || Number.isNaN(now)) return false;
  return now - from >= (args.days ?? BACKUP_REMINDER_DAYS) * DAY_MS;
}
