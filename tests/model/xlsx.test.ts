import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, toXlsx } from '../../src/model/xlsx';

const unzip = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('the Excel workbook writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('writes one sheet per table: numbers as numbers, text as inline strings, never a formula', () => {
    const files = unzip(
      toXlsx([
        {
          name: 'Elementen',
          rows: [
            ['Element', 'Score', 'Index (0-100)'],
            ['Visie & strategie <kern>', 3.5, 63],
            ['=HYPERLINK("x")', null, 0],
          ],
        },
        { name: 'Acties: wie/wat?', rows: [['Actie'], ['Łódzkie “klant” – ≥ 85 % ✓\u0001']] },
      ]),
    );
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    // Sheet names without the characters Excel refuses.
    expect(files['xl/workbook.xml']).toContain('<sheet name="Elementen" sheetId="1" r:id="rId1"/>');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Acties  wie wat" sheetId="2"');
    const sheet1 = files['xl/worksheets/sheet1.xml']!;
    expect(sheet1).toContain('<c r="B2"><v>3.5</v></c><c r="C2"><v>63</v></c>');
    expect(sheet1).toContain('<c r="C3"><v>0</v></c>');
    expect(sheet1).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">Visie &amp; strategie &lt;kern&gt;</t></is></c>',
    );
    // A header cell is bold (style 1); a formula-like text is a string, not an <f>.
    expect(sheet1).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet1).not.toContain('<f>');
    expect(sheet1).toContain('=HYPERLINK(&quot;x&quot;)');
    // Every character as typed, minus the control character XML cannot hold.
    expect(files['xl/worksheets/sheet2.xml']).toContain('Łódzkie “klant” – ≥ 85 % ✓</t>');
  });

  it('gives the same bytes for the same tables', () => {
    const sheets = [{ name: 'A', rows: [['x', 1]] }];
    expect(toXlsx(sheets)).toEqual(toXlsx(sheets));
  });
});
