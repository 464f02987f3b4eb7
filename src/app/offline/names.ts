/**
 * Names shared by the service worker's build configuration (vite.config.ts) and the page.
 * The runtime cache holds hashed files that are not precached (the PDF code and its fonts).
 */
export const LAZY_CACHE = 'se-radar-lazy';
/** The <meta> the build writes with the PDF's files, for the page to cache them at idle. */
export const PDF_FILES_META = 'se-radar-pdf-files';
/** The channel on which open tabs agree to reload together onto a new version. */
export const UPDATE_CHANNEL = 'se-radar.update';
