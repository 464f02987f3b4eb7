import { makeId } from '../model/ids';

/**
 * A fresh random id from Web Crypto, e.g. `newId('act')` -> 'act-Xq3_b9LmA0-zT2kR'. The model
 * makes the id (src/model/ids.ts); the browser's random source is passed in here, so src/model
 * reads no browser global. Math.random would make guessable, colliding ids.
 */
export function newId(prefix?: string): string {
  return makeId(crypto, prefix);
}
