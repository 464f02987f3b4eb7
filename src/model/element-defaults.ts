/**
 * An element's default target level and importance, apart from the schema so that scoring (and the
 * library's summaries on the start page) can use them without loading zod.
 */
export const DEFAULT_TARGET = 4;
export const DEFAULT_IMPORTANCE = 3;
