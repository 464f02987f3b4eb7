import { create } from 'zustand';
import { readSettingText, writeSettingText } from '../lib/db';

/** When a backup file ("Save to file", "Save all", a saved selection) was last saved from here. */
interface LastBackupState {
  at: string | null;
}

export const useLastBackup = create<LastBackupState>(() => ({ at: null }));

const KEY = 'lastBackup';

export async function loadLastBackup(): Promise<void> {
  try {
    const text = await readSettingText(KEY);
    const at = text && !Number.isNaN(Date.parse(text)) ? text : null;
    // A backup saved while the setting was being read is newer than what was read.
    useLastBackup.setState((s) => ({
      at: s.at !== null && (at === null || s.at > at) ? s.at : at,
    }));
  } catch {
    // No database: nothing was recorded, and the panel says no backup is known.
  }
}

/** Records that a backup file was just saved; a failed write only loses the reminder's date. */
export function recordBackup(now = new Date().toISOString()): void {
  useLastBackup.setState({ at: now });
  void writeSettingText(KEY, now).catch(() => undefined);
}
