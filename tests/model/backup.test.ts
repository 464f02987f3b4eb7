import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackup, serializeBackup } from '../../src/model/backup';
import { restoreAssessment } from '../../src/model/restore';

const fixture = restoreAssessment(readFileSync('tests/fixtures/assessment-v1-full.json', 'utf8'));
if (!fixture.ok) throw new Error('fixture does not restore');
const a = fixture.value;
const b = { ...a, id: 'second', meta: { ...a.meta, title: 'Tweede meting 2027' } };

describe('backup files', () => {
  it('round-trips every assessment', () => {
    const back = readBackup(serializeBackup([a, b]));
    expect(back?.failed).toEqual([]);
    expect(back?.restored).toEqual([a, b]);
  });

  it('keeps the good entries and names the bad one by its position', () => {
    const file = JSON.parse(serializeBackup([a, b])) as {
      assessments: { data: { meta: { date: string } } }[];
    };
    file.assessments[1]!.data.meta.date = '2026-02-30';
    const back = readBackup(JSON.stringify(file));
    expect(back?.restored.map((x) => x.id)).toEqual([a.id]);
    expect(back?.failed).toEqual([
      { index: 1, error: { key: 'errors.invalidDate', path: 'meta.date' } },
    ]);
  });

  it('refuses a __proto__ key inside an entry instead of applying it', () => {
    const text = serializeBackup([a]).replace(
      '"meta": {',
      '"meta": { "__proto__": { "polluted": true },',
    );
    const back = readBackup(text);
    expect(back?.restored).toEqual([]);
    expect(back?.failed[0]?.error.key).toBe('errors.forbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says "not a backup" for a single assessment file, garbage and other JSON', () => {
    expect(readBackup(readFileSync('tests/fixtures/assessment-v1-full.json', 'utf8'))).toBeNull();
    expect(readBackup('{"kind": "backup"')).toBeNull();
    expect(readBackup('{"app": "other", "kind": "backup", "assessments": []}')).toBeNull();
    expect(readBackup('["backup"]')).toBeNull();
  });
});
