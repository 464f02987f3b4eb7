import { describe, expect, it } from 'vitest';
import { joinRecordTexts, normaliseJoined, splitAssessment } from '../../src/model/records';
import { restoreAssessment } from '../../src/model/restore';
import v2Text from '../fixtures/assessment-v2-full.json?raw';

const fixture = () => {
  const r = restoreAssessment(v2Text);
  if (!r.ok) throw new Error(r.error.key);
  return r.value;
};

describe('records', () => {
  it('splits an assessment into its owner record and one response per participant', () => {
    const { assessment, responses } = splitAssessment(fixture());
    expect('answers' in assessment).toBe(false);
    // The fixture has two participants, Marieke and Łukasz.
    expect(responses.map((r) => r.id)).toEqual([
      'a-veenland-2026-03:p-marieke',
      'a-veenland-2026-03:p-lukasz',
    ]);
    expect(responses[0]!.answers['vms-1']).toBe(3);
  });

  it('joins the records back into the same assessment', () => {
    const a = fixture();
    const { assessment, responses } = splitAssessment(a);
    expect(
      joinRecordTexts(
        JSON.stringify(assessment),
        responses.map((r) => JSON.stringify(r)),
      ),
    ).toEqual({ ok: true, value: normaliseJoined(a) });
  });

  it('refuses a response of someone not on the roster, by name of the rule', () => {
    const { assessment, responses } = splitAssessment(fixture());
    const stray = { ...responses[0]!, participantId: 'p-unknown' };
    const result = joinRecordTexts(JSON.stringify(assessment), [JSON.stringify(stray)]);
    expect(result.ok ? 'ok' : result.error.key).toBe('errors.unknownParticipant');
  });
});
