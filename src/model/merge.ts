/**
 * A three-way merge of JSON data, for two tabs (later: two devices) that edited the same record.
 * `base` is what both started from, `mine` the change being committed now, `theirs` what another
 * writer committed meanwhile. Changes to different fields both survive; where both changed the
 * same field, `mine` wins (it is committed later) and the field's path is reported, so the other
 * writer can be told. Arrays of objects with an `id` (actions, participants, groups) merge item by
 * item; other arrays are values.
 */

type Json = unknown;

export interface MergeResult<T> {
  value: T;
  /** Paths ('elements.monitoring.notes', 'actions.act-1.owner') that both sides changed differently. */
  conflicts: string[];
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]),
  );
}

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdList(v: Json): v is { id: string }[] {
  return (
    Array.isArray(v) &&
    v.every((x) => isPlainObject(x) && typeof x.id === 'string') &&
    new Set(v.map((x) => (x as { id: string }).id)).size === v.length
  );
}

/**
 * Merges `mine` and `theirs` against `base`. Pure: the inputs are never changed.
 * @returns the merged value and the paths both sides changed to different values
 */
export function merge3<T>(base: Json, mine: T, theirs: Json): MergeResult<T> {
  const conflicts: string[] = [];
  const value = mergeAt(base, mine, theirs, '', conflicts) as T;
  return { value, conflicts };
}

function mergeAt(base: Json, mine: Json, theirs: Json, path: string, out: string[]): Json {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  if (isPlainObject(mine) && isPlainObject(theirs)) {
    const b = isPlainObject(base) ? base : {};
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
    const merged: Record<string, Json> = {};
    for (const key of keys) {
      const v = mergeAt(b[key], mine[key], theirs[key], join(path, key), out);
      if (v !== undefined) merged[key] = v;
    }
    return merged;
  }
  if (isIdList(mine) && isIdList(theirs)) {
    const b = isIdList(base) ? base : [];
    const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
    const [bm, mm, tm] = [byId(b), byId(mine), byId(theirs)];
    // Mine's order, then what only they added, in their order.
    const ids = [
      ...mine.map((x) => x.id),
      ...theirs.map((x) => x.id).filter((id) => !mm.has(id) && !bm.has(id)),
    ];
    // An item I removed while they changed it: the removal stands (it is later), and is reported.
    for (const [id, item] of tm) {
      if (!mm.has(id) && bm.has(id) && !deepEqual(item, bm.get(id))) out.push(join(path, id));
    }
    const merged: Json[] = [];
    for (const id of ids) {
      const v = mergeAt(bm.get(id), mm.get(id), tm.get(id), join(path, id), out);
      if (v !== undefined) merged.push(v);
    }
    return merged;
  }
  out.push(path);
  return mine;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
