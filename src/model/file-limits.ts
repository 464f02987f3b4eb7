/**
 * Size limits of opened files, apart from restore and the schema so the start page can refuse an
 * oversized file before it loads either.
 */

/** A library of many assessments may be larger than one file; past this it is refused unread. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024;
