import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../src/model/backup-reminder';

const now = '2026-12-01T12:00:00.000Z';

describe('the backup reminder', () => {
  it('reminds 30 days after the last backup file, not a minute before', () => {
    // 1 November 12:00 to 1 December 12:00 is exactly 30 days.
    expect(
      backupReminderDue({ lastBackup: '2026-11-01T12:00:00.000Z', oldestCreated: null, now }),
    ).toBe(true);
    expect(
      backupReminderDue({ lastBackup: '2026-11-01T12:01:00.000Z', oldestCreated: null, now }),
    ).toBe(false);
  });

  it('without any backup, counts from the oldest assessment', () => {
    expect(
      backupReminderDue({ lastBackup: null, oldestCreated: '2026-10-15T09:00:00.000Z', now }),
    ).toBe(true);
    expect(
      backupReminderDue({ lastBackup: null, oldestCreated: '2026-11-20T09:00:00.000Z', now }),
    ).toBe(false);
    expect(backupReminderDue({ lastBackup: null, oldestCreated: null, now })).toBe(false);
  });

  it('a recent backup wins over an old assessment; an unreadable date never nags', () => {
    expect(
      backupReminderDue({
        lastBackup: '2026-11-30T00:00:00.000Z',
        oldestCreated: '2025-01-01T00:00:00.000Z',
        now,
      }),
    ).toBe(false);
    expect(backupReminderDue({ lastBackup: 'yesterday', oldestCreated: null, now })).toBe(false);
  });
});
