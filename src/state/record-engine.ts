/**
 * Everything that reads, checks or merges records: restore (with its zod schema and migrations),
 * the record split and join, the three-way merge, the upgrade from schema 1, files and backups.
 * It is its own chunk, loaded through ./engine only when there is a record to read or an action
 * needs it, so the first load of a start page with nothing stored carries none of it.
 */
export { assessmentSchema } from '../model/schema';
export { merge3 } from '../model/merge';
export { joinRecordTexts, normaliseJoined, splitAssessment } from '../model/records';
export { restoreAssessment, serializeAssessment } from '../model/restore';
export { readBackup, serializeBackup } from '../model/backup';
export { copyOf, newAssessment } from '../model/edits';
export { reassessmentOf } from '../model/reassess';
export { moveLegacyData } from './upgrade';
export { arrivalOf, keptBeside, readOpenedFile } from '../model/open-files';
// Scoring, for the library's summary of an assessment in memory (which the engine read or made).
export { summarize } from '../model/summary';
