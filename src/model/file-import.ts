/**
 * What the one restore path cannot see in a file's text and data: keys written twice (JSON.parse
 * keeps the last one without a word), fields the schema does not know (zod leaves them out without
 * a word), and where a problem is, said as a user knows it (element and statement, not ids).
 */
import type { z } from 'zod';
import { EDITIONS, ELEMENTS, isElementId, statementIdsOf, type ElementId } from './framework';
import { isObj, own } from './objects';

/** A statement's place in its element, in the newest edition that has it (ids are forever). */
const STATEMENT_PLACE = new Map<string, { elementId: ElementId; number: number }>();
for (const edition of [...EDITIONS].reverse()) {
  for (const e of ELEMENTS) {
    statementIdsOf(edition, e.id).forEach((s, i) => {
      if (!STATEMENT_PLACE.has(s)) STATEMENT_PLACE.set(s, { elementId: e.id, number: i + 1 });
    });
  }
}

/**
 * The paths of keys that appear twice in one object of a JSON text, in text order, at most `max`.
 * The text must already be valid JSON (check with JSON.parse first): this is a scanner, not a parser.
 */
export function findDuplicateKeys(text: string, max = 20): string[][] {
  interface Frame {
    obj: boolean;
    keys: Set<string>;
    at: string;
    index: number;
    expectKey: boolean;
  }
  const found: string[][] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length && found.length < max; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        top.at = key;
        top.expectKey = false;
        if (top.keys.has(key)) found.push(stack.map((f) => f.at));
        else top.keys.add(key);
      }
    } else if (c === '{' || c === '[') {
      stack.push({ obj: c === '{', keys: new Set(), at: '0', index: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
      else if (top) top.at = String(++top.index);
    }
  }
  return found;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of the fields in `value` that `schema` does not know (and so would leave out). */
export function findUnknownFields(value: unknown, schema: z.ZodType, max = 50): string[][] {
  const out: string[][] = [];
  const walk = (v: unknown, s: z.ZodType, path: string[]) => {
    if (out.length >= max) return;
    const def = defOf(s);
    if (
      (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
      def.innerType
    )
      return walk(v, def.innerType, path);
    if (def.type === 'pipe' && def.in) return walk(v, def.in, path);
    if (def.type === 'object' && def.shape && isObj(v)) {
      for (const key of Object.keys(v)) {
        // Own keys only: a file's "toString" or "constructor" is an unknown field, not Object's method.
        const inner = own(def.shape, key) as z.ZodType | undefined;
        if (inner) walk(v[key], inner, [...path, key]);
        else if (out.length < max) out.push([...path, key]);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(v)) {
      v.forEach((item, i) => walk(item, def.element as z.ZodType, [...path, String(i)]));
    } else if (def.type === 'record' && def.valueType && isObj(v)) {
      for (const key of Object.keys(v)) walk(v[key], def.valueType, [...path, key]);
    }
  };
  walk(value, schema, []);
  return out;
}

/** A place in an assessment as a user knows it; the view turns it into words. */
export type FieldRef =
  | { kind: 'statement'; elementId: ElementId; number: number; field: string | null }
  | { kind: 'element'; elementId: ElementId; field: string | null }
  | { kind: 'detail'; field: string }
  | {
      kind: 'item';
      list: 'actions' | 'participants' | 'groups';
      number: number;
      field: string | null;
    }
  | { kind: 'field'; path: string };

const LISTS = new Set(['actions', 'participants', 'groups']);

/**
 * Where a path points, in the user's terms: 'answers.p-Xy.mon-3' is "Monitoring, statement 3",
 * 'elements.leadership.notez' is the element's field, 'actions.1.owner' is the second action.
 */
export function describePath(path: readonly string[]): FieldRef {
  const [head, a, b, ...rest] = path;
  if ((head === 'answers' || head === 'comments') && b !== undefined) {
    const place = STATEMENT_PLACE.get(b);
    if (place) return { kind: 'statement', ...place, field: rest[0] ?? null };
    if (isElementId(b)) return { kind: 'element', elementId: b, field: rest[0] ?? null };
  }
  if (head === 'quickAnswers' && b !== undefined && isElementId(b))
    return { kind: 'element', elementId: b, field: null };
  if (head === 'elements' && a !== undefined && isElementId(a))
    return { kind: 'element', elementId: a, field: b ?? null };
  if (head === 'meta' && a !== undefined) return { kind: 'detail', field: a };
  if (head !== undefined && LISTS.has(head) && a !== undefined && /^\d+$/.test(a))
    return {
      kind: 'item',
      list: head as 'actions' | 'participants' | 'groups',
      number: Number(a) + 1,
      field: b ?? null,
    };
  return { kind: 'field', path: path.join('.') };
}

/** 1-based positions of the entries of `list` whose `id` is also another entry's id. */
export function duplicateIdPositions(list: unknown): number[] {
  if (!Array.isArray(list)) return [];
  const ids = list.map((x) => (isObj(x) ? x.id : undefined));
  return ids.flatMap((id, i) =>
    id !== undefined && ids.indexOf(id) !== ids.lastIndexOf(id) ? [i + 1] : [],
  );
}
