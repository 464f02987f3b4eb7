import { describe, expect, it } from 'vitest';
import { detailsOf, metaFromDetails, newDetails } from '../../src/model/details';

const start = newDetails({
  defaultTitle: 'Zelfevaluatie service excellence 2026',
  today: '2026-12-01',
  language: 'nl',
});

describe('details form values', () => {
  it('a new assessment starts with the generated title, today, the UI language and "customer"', () => {
    expect(start).toEqual({
      values: {
        title: 'Zelfevaluatie service excellence 2026',
        organisation: '',
        scope: '',
        assessor: '',
        date: '2026-12-01',
        language: 'nl',
        customerWord: 'customer',
      },
      titleIsDefault: true,
    });
  });

  it('keeps the title the default while it is untouched, even when the report language changes', () => {
    const meta = metaFromDetails(
      { ...start.values, organisation: 'Woonstad', language: 'en' },
      start,
    );
    expect(meta.titleIsDefault).toBe(true);
    expect(meta.language).toBe('en');
  });

  it('a typed title is the user’s, and stays so when edited later', () => {
    const typed = metaFromDetails({ ...start.values, title: 'Jaarmeting' }, start);
    expect(typed.titleIsDefault).toBe(false);
    const again = detailsOf(typed);
    expect(again.titleIsDefault).toBe(false);
    // Typing the generated text back does not make it generated again.
    const back = metaFromDetails(
      { ...again.values, title: 'Zelfevaluatie service excellence 2026' },
      again,
    );
    expect(back.titleIsDefault).toBe(false);
  });

  it('editing another field of a default-titled assessment keeps the default title', () => {
    const created = metaFromDetails(start.values, start);
    const edit = detailsOf(created);
    expect(metaFromDetails({ ...edit.values, scope: 'Klantenservice' }, edit)).toEqual({
      ...created,
      scope: 'Klantenservice',
    });
  });
});
