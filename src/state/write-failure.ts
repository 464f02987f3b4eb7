/** The store's problems that mean the browser refused to store work (shown by the storage bar). */
const WRITE_FAILURES: ReadonlySet<string> = new Set([
  'storage.quotaExceeded',
  'storage.writeFailed',
  'storage.unavailable',
]);

export function isWriteFailure(key: string): boolean {
  return WRITE_FAILURES.has(key);
}
