import { describe, expect, it } from 'vitest';
import {
  describePath,
  duplicateIdPositions,
  findDuplicateKeys,
  findUnknownFields,
} from '../../src/model/file-import';
import { assessmentSchema } from '../../src/model/schema';
import { readBackup, serializeBackup } from '../../src/model/backup';
import { newAssessment } from '../../src/model/edits';

const base = newAssessment({
  id: 'a1',
  kind: 'full',
  meta: {
    title: 'Meting',
    titleIsDefault: false,
    organisation: 'Org',
    scope: '',
    assessor: '',
    date: '2026-12-01',
    language: 'nl',
    customerWord: 'customer',
  },
  participantId: 'p1',
  now: '2026-12-01T10:00:00.000Z',
});

describe('duplicate keys in the JSON text', () => {
  it('finds a statement answered twice, which JSON.parse would silently keep the last of', () => {
    const text =
      '{"data":{"answers":{"p1":{"vms-1":2,"mon-3":1,"mon-3":5}}},"x":[{"a":1},{"a":2}]}';
    expect(findDuplicateKeys(text)).toEqual([['data', 'answers', 'p1', 'mon-3']]);
  });

  it('does not mistake string values or escaped quotes for keys', () => {
    const text = '{"a":"b","c":"a \\" , \\"a\\":","d":["a","a"],"e":{"a":1}}';
    expect(findDuplicateKeys(text)).toEqual([]);
  });

  it('names array positions in the path', () => {
    const text = '{"actions":[{"id":"x"},{"id":"y","id":"z"}]}';
    expect(findDuplicateKeys(text)).toEqual([['actions', '1', 'id']]);
  });
});

describe('unknown fields', () => {
  it('lists a misspelt element field and a top-level extra, recursively', () => {
    const data = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    (data.elements as Record<string, Record<string, unknown>>).monitoring!.Notes = 'typed here';
    data.colour = 'blue';
    (data.meta as Record<string, unknown>).extra = 1;
    expect(findUnknownFields(data, assessmentSchema)).toEqual([
      ['meta', 'extra'],
      ['elements', 'monitoring', 'Notes'],
      ['colour'],
    ]);
  });

  it('names keys that Object.prototype also has (toString, constructor) as unknown fields', () => {
    // fast-check found this: the schema's shape has no own "toString", but shape.toString is Object's.
    const data: unknown = JSON.parse(
      JSON.stringify({ ...base, constructor: 'x', meta: { ...base.meta, toString: null } }),
    );
    expect(findUnknownFields(data, assessmentSchema)).toEqual([
      ['meta', 'toString'],
      ['constructor'],
    ]);
  });

  it('finds nothing in a file the app wrote itself', () => {
    expect(findUnknownFields(JSON.parse(JSON.stringify(base)), assessmentSchema)).toEqual([]);
  });
});

describe('places as a user knows them', () => {
  it('turns a statement path into element and statement number', () => {
    // mo-3 is the third statement of the monitoring element.
    expect(describePath(['answers', 'p-Xy', 'mo-3'])).toEqual({
      kind: 'statement',
      elementId: 'monitoring',
      number: 3,
      field: null,
    });
  });

  it('counts list items from 1', () => {
    expect(describePath(['actions', '1', 'owner'])).toEqual({
      kind: 'item',
      list: 'actions',
      number: 2,
      field: 'owner',
    });
  });

  it('names the positions of actions that share an id', () => {
    expect(duplicateIdPositions([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual([1, 3]);
  });
});

describe('backup entries', () => {
  it('pass the 10 MB size check of single files', () => {
    const big = { ...base, summaryText: '' };
    const file = JSON.parse(serializeBackup([big])) as { assessments: { data: { pad: string } }[] };
    // 10 MB = 10,485,760 bytes; 11,000,000 ASCII characters are more.
    file.assessments[0]!.data.pad = 'x'.repeat(11_000_000);
    const back = readBackup(JSON.stringify(file));
    expect(back?.restored).toEqual([]);
    expect(back?.failed[0]?.error.key).toBe('errors.tooLarge');
  });
});
