import { splitAssessment } from '../model/records';
import { restoreAssessment } from '../model/restore';
import {
  commitRecords,
  readAssessmentRecords,
  readSettingText,
  writeSettingText,
  type RecordWrite,
} from '../lib/db';
import { readLegacy, removeLegacy, LEGACY_DATABASES } from '../lib/legacy-db';

const UPGRADE_WRITER = 'upgrade-from-schema-1';

/**
 * The first start after the upgrade: every record of schema 1's two databases moves through
 * restore into the one database (an unreadable one is moved as it is, so it is listed as
 * unreadable, never lost); the old databases are removed only after every moved record has been
 * read back. Safe to run twice: a record already moved is left alone.
 */
export async function moveLegacyData(): Promise<void> {
  const [assessmentsDb, settingsDb] = LEGACY_DATABASES;
  const assessments = await readLegacy(assessmentsDb.name, assessmentsDb.store);
  const settings = await readLegacy(settingsDb.name, settingsDb.store);
  if (assessments === null && settings === null) return;

  for (const entry of assessments ?? []) {
    const restored = entry.text === null ? null : restoreAssessment(entry.text);
    let writes: RecordWrite[];
    if (restored?.ok) {
      const { assessment, responses } = splitAssessment(restored.value);
      writes = [
        {
          store: 'assessments',
          id: assessment.id,
          body: JSON.stringify(assessment),
          expected: null,
        },
        ...responses.map((r): RecordWrite => ({
          store: 'responses',
          id: r.id,
          assessmentId: assessment.id,
          body: JSON.stringify(r),
          expected: null,
        })),
      ];
    } else {
      writes = [{ store: 'assessments', id: entry.key, body: entry.text ?? '', expected: null }];
    }
    // A conflict means this record was moved before (an interrupted first start): keep that one.
    await commitRecords(writes, UPGRADE_WRITER);
  }
  for (const entry of settings ?? []) {
    if (entry.text !== null && (await readSettingText(entry.key)) === undefined)
      await writeSettingText(entry.key, entry.text);
  }

  // Verify before removing anything: every old record must be readable from the new database.
  for (const entry of assessments ?? []) {
    const restored = entry.text === null ? null : restoreAssessment(entry.text);
    const id = restored?.ok ? restored.value.id : entry.key;
    const { assessment } = await readAssessmentRecords(id);
    if (!assessment) return;
  }
  for (const entry of settings ?? []) {
    if (entry.text !== null && (await readSettingText(entry.key)) === undefined) return;
  }
  if (assessments !== null) await removeLegacy(assessmentsDb.name);
  if (settings !== null) await removeLegacy(settingsDb.name);
}
