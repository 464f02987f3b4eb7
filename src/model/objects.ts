/** Plain JSON objects as read from files and stored records. */
export type Obj = Record<string, unknown>;

/** A plain object: not null, not an array. */
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an own property only, so a key such as 'toString' never reaches Object.prototype. */
export const own = (obj: Obj, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;
