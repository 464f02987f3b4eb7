import { describe, expect, it } from 'vitest';
import { deepEqual, merge3 } from '../../src/model/merge';

describe('merge3', () => {
  it('keeps both sides’ changes to different fields', () => {
    const base = { a: 1, b: { c: 1, d: 1 } };
    expect(merge3(base, { a: 2, b: { c: 1, d: 1 } }, { a: 1, b: { c: 1, d: 3 } })).toEqual({
      value: { a: 2, b: { c: 1, d: 3 } },
      conflicts: [],
    });
  });

  it('lets mine win where both changed the same field, and names the field', () => {
    expect(merge3({ n: 'x' }, { n: 'mine' }, { n: 'theirs' })).toEqual({
      value: { n: 'mine' },
      conflicts: ['n'],
    });
  });

  it('same change on both sides is no conflict', () => {
    expect(merge3({ n: 1 }, { n: 2 }, { n: 2 })).toEqual({ value: { n: 2 }, conflicts: [] });
  });

  it('merges id lists item by item: my order, their additions at the end, deletions kept', () => {
    const base = [
      { id: 'a', t: 1 },
      { id: 'b', t: 1 },
      { id: 'c', t: 1 },
    ];
    // Mine: moved c first, deleted b. Theirs: changed a, added d.
    const mine = [
      { id: 'c', t: 1 },
      { id: 'a', t: 1 },
    ];
    const theirs = [
      { id: 'a', t: 2 },
      { id: 'b', t: 1 },
      { id: 'c', t: 1 },
      { id: 'd', t: 1 },
    ];
    expect(merge3(base, mine, theirs)).toEqual({
      value: [
        { id: 'c', t: 1 },
        { id: 'a', t: 2 },
        { id: 'd', t: 1 },
      ],
      conflicts: [],
    });
  });

  it('reports an item I removed while they changed it (the removal stands)', () => {
    const base = [{ id: 'a', t: 1 }];
    expect(merge3(base, [], [{ id: 'a', t: 2 }])).toEqual({ value: [], conflicts: ['a'] });
  });

  it('a key they removed and I left alone is removed; one I added is kept', () => {
    expect(merge3({ x: 1, y: 1 }, { x: 1, y: 1, z: 5 }, { y: 1 })).toEqual({
      value: { y: 1, z: 5 },
      conflicts: [],
    });
  });

  it('never changes its inputs', () => {
    const base = { a: [{ id: 'x', v: 1 }] };
    const mine = { a: [{ id: 'x', v: 2 }] };
    const theirs = { a: [{ id: 'x', v: 3 }], b: 1 };
    const copies = JSON.stringify([base, mine, theirs]);
    merge3(base, mine, theirs);
    expect(JSON.stringify([base, mine, theirs])).toBe(copies);
  });
});

describe('deepEqual', () => {
  it('ignores key order, not values or array order', () => {
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: undefined }, {})).toBe(false);
  });
});
