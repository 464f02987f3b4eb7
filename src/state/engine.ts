/**
 * Loads the record engine (./record-engine: restore, zod, migrations, merge) on demand. The start
 * page needs it only when records are stored or the user opens a file; every other screen waits
 * for it before it renders (src/app/lazy-pages.ts), so code there may use engine() directly.
 */
import type * as RecordEngine from './record-engine';

export type Engine = typeof RecordEngine;

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./record-engine').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed fetch (offline before the first full visit) may be tried again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The engine, once loaded; null before. */
export function loadedEngine(): Engine | null {
  return loaded;
}

/**
 * The engine where it must already be there: an assessment in memory means it was read, made or
 * opened through the engine. Throws (a programming error, caught by the tests) otherwise.
 */
export function engine(): Engine {
  if (!loaded) throw new Error('The record engine is used before it was loaded (loadEngine).');
  return loaded;
}
