import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, type CsvCell } from '../../src/model/csv';

const BOM = '\uFEFF';
const rows: CsvCell[][] = [
  ['Element', 'Score', 'Delta', 'Notitie'],
  ['Visie; missie en strategie', 3.4, -0.5, 'Zei "ja", toen nee'],
  ['Monitoring', null, 1, 'regel 1\r\nregel 2'],
];

describe('toCsv and parseCsv, Dutch', () => {
  const text = toCsv(rows, 'nl');

  it('writes ; separators, decimal commas, quotes only where needed and CRLF', () => {
    expect(text).toBe(
      BOM +
        'Element;Score;Delta;Notitie\r\n' +
        '"Visie; missie en strategie";3,4;-0,5;"Zei ""ja"", toen nee"\r\n' +
        'Monitoring;;1;"regel 1\r\nregel 2"\r\n',
    );
  });

  it('reads it back cell by cell', () => {
    expect(parseCsv(text, 'nl')).toEqual([
      ['Element', 'Score', 'Delta', 'Notitie'],
      ['Visie; missie en strategie', '3,4', '-0,5', 'Zei "ja", toen nee'],
      ['Monitoring', '', '1', 'regel 1\r\nregel 2'],
    ]);
  });
});

describe('toCsv and parseCsv, English', () => {
  const text = toCsv(rows, 'en');

  it('writes , separators and decimal points; a ; needs no quotes', () => {
    expect(text).toBe(
      BOM +
        'Element,Score,Delta,Notitie\r\n' +
        'Visie; missie en strategie,3.4,-0.5,"Zei ""ja"", toen nee"\r\n' +
        'Monitoring,,1,"regel 1\r\nregel 2"\r\n',
    );
  });

  it('reads it back cell by cell', () => {
    expect(parseCsv(text, 'en')).toEqual([
      ['Element', 'Score', 'Delta', 'Notitie'],
      ['Visie; missie en strategie', '3.4', '-0.5', 'Zei "ja", toen nee'],
      ['Monitoring', '', '1', 'regel 1\r\nregel 2'],
    ]);
  });
});

describe('the BOM', () => {
  it('comes first, once, even for no rows', () => {
    expect(toCsv([], 'nl')).toBe(BOM);
    expect(toCsv([['a']], 'en')).toBe(`${BOM}a\r\n`);
    expect(toCsv([['a']], 'en').lastIndexOf(BOM)).toBe(0);
  });

  it('is optional when reading', () => {
    expect(parseCsv('a;b\r\n', 'nl')).toEqual([['a', 'b']]);
    expect(parseCsv(`${BOM}a;b`, 'nl')).toEqual([['a', 'b']]);
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['@x', "'@x"],
    ['-x', "'-x"],
    ['-0,5', "'-0,5"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1;2', `"'=1;2"`],
    ['\rx', `"'\rx"`],
  ])('%j is written as %j in Dutch', (cell, written) => {
    expect(toCsv([[cell]], 'nl')).toBe(`${BOM}${written}\r\n`);
  });

  it('leaves text alone when the risky character is not first', () => {
    expect(toCsv([['a=b', 'x-1', 'mail@x.nl', ' =1']], 'en')).toBe(
      `${BOM}a=b,x-1,mail@x.nl, =1\r\n`,
    );
  });

  it('keeps negative numbers plain numbers', () => {
    expect(toCsv([[-0.5, -2, -1.25]], 'nl')).toBe(`${BOM}-0,5;-2;-1,25\r\n`);
    expect(toCsv([[-0.5, -2, -1.25]], 'en')).toBe(`${BOM}-0.5,-2,-1.25\r\n`);
  });
});

describe('numbers', () => {
  it('are written without thousands separators; -0 as 0; NaN and Infinity as empty', () => {
    expect(toCsv([[1234567.5, 0.1, -0, 0, NaN, Infinity]], 'nl')).toBe(
      `${BOM}1234567,5;0,1;0;0;;\r\n`,
    );
  });
});

describe('parseCsv edge cases', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['only a BOM', BOM, []],
    ['one empty line', '\r\n', [['']]],
    [
      'no final line end',
      'a;b\r\nc;d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends',
      'a;b\nc;d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CR line ends',
      'a;b\rc;d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['empty cells', ';;\r\n', [['', '', '']]],
    ['an empty quoted cell', '"";x\r\n', [['', 'x']]],
    ['a quoted quote', '""""\r\n', [['"']]],
    ['a blank line between rows', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['an unclosed quote runs to the end', '"a;b\r\nc', [['a;b\r\nc']]],
    ['a quote inside an unquoted cell is text', 'a"b;c\r\n', [['a"b', 'c']]],
  ])('%s', (_label, text, expected) => {
    expect(parseCsv(text, 'nl')).toEqual(expected);
  });

  it('round-trips a row with one empty cell', () => {
    expect(parseCsv(toCsv([[''], ['a']], 'en'), 'en')).toEqual([[''], ['a']]);
  });
});

describe('properties', () => {
  const neutralised = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

  it('any text round-trips, risky starts neutralised', () => {
    const rowsArb = fc.array(
      fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(rowsArb, fc.constantFrom('nl' as const, 'en' as const), (table, language) => {
        expect(parseCsv(toCsv(table, language), language)).toEqual(
          table.map((r) => r.map(neutralised)),
        );
      }),
    );
  });

  it('any finite number reads back as the same number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('nl' as const, 'en' as const),
        (n, language) => {
          const [[cell]] = parseCsv(toCsv([[n]], language), language) as [[string]];
          expect(Number(language === 'nl' ? cell.replace(',', '.') : cell)).toBe(n === 0 ? 0 : n);
          expect(cell.startsWith("'")).toBe(false);
        },
      ),
    );
  });
});
