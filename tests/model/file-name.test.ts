import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/model/file-name';

describe('safeFileName', () => {
  it('joins organisation, title and date with a dash', () => {
    expect(
      safeFileName(['Woonstichting De Linde', 'Zelfevaluatie 2026', '2026-11-25'], 'pdf'),
    ).toBe('Woonstichting De Linde - Zelfevaluatie 2026 - 2026-11-25.pdf');
  });

  it('drops characters Windows, macOS or Linux refuse, keeps letters of any script', () => {
    expect(safeFileName(['A/B: "C" <D>|E?*', 'Łódź Ωmega Жук'], 'json')).toBe(
      'AB C DE - Łódź Ωmega Жук.json',
    );
  });

  it('never returns an empty, dotted or reserved name', () => {
    expect(safeFileName(['', '   ', '...'], 'csv')).toBe('se-radar.csv');
    expect(safeFileName(['con'], 'pdf')).toBe('_con.pdf');
    expect(safeFileName(['name. '], 'pdf')).toBe('name.pdf');
  });

  it('shortens very long names to 120 characters', () => {
    expect(safeFileName(['x'.repeat(10_000)], 'pdf')).toBe(`${'x'.repeat(120)}.pdf`);
  });
});
