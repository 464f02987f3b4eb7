// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { readLocale } from '../support/i18n';
import { stressAssessment } from './fixtures';
import { layoutPages, pdfInfo, removeTempDir, renderToFile, wordBoxes } from './support';

afterAll(removeTempDir);

describe('a report with 40 actions and 10,000-character notes', () => {
  it('breaks across pages cleanly, with "page X of Y" on every page', async () => {
    const pdf = await renderToFile('long-nl', stressAssessment('nl', 40), 'nl');
    const info = await pdfInfo(pdf.path);
    expect(Number(info.Pages)).toBe(pdf.pages);
    expect(pdf.pages).toBeGreaterThan(30);
    expect(pdf.bytes).toBeLessThan(1024 * 1024);
    const pageOf = String((readLocale('nl', 'report').pdf as Record<string, string>).pageOf);
    pdf.pageTexts.forEach((text, i) => {
      const expected = pageOf
        .replace('{{page}}', String(i + 1))
        .replace('{{pages}}', String(pdf.pages));
      expect(text, `page ${i + 1}`).toContain(expected);
    });
    // Every action is in, and the action table's header row is repeated on each of its pages.
    for (let n = 1; n <= 40; n++) expect(pdf.text).toContain(`Actie ${n} klantbeleving`);
    expect(pdf.pageTexts.filter((p) => /Actie \d+ klantbeleving/.test(p)).length).toBeGreaterThan(
      1,
    );
    // In layout mode the header row (numbered, the description first) is one line, above the
    // first action on every such page.
    const layout = await layoutPages(pdf.path);
    for (const page of layout.filter((p) => /Actie \d+ klantbeleving/.test(p))) {
      const header = page.search(/Nr\. +Actie +Element +Eigenaar +Deadline +Status +Prioriteit/);
      expect(header).toBeGreaterThan(-1);
      expect(header).toBeLessThan(page.search(/Actie \d+ klantbeleving/));
    }
    // Nothing runs off the page: every word inside the 20 mm side margins and above the footer.
    const { width, height, words } = await wordBoxes(pdf.path);
    const margin = (20 / 25.4) * 72 - 1;
    expect(words.filter((w) => w.xMin < margin || w.xMax > width - margin)).toEqual([]);
    expect(words.filter((w) => w.yMax > height - (10 / 25.4) * 72)).toEqual([]);
    // The whole of a long note is printed: its last words are there.
    const note = 'Notitie monitoring';
    expect(pdf.text.split(note).length - 1).toBeGreaterThan(50);
  });
});
