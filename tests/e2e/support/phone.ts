import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * At 320 and 375 px wide the page itself does not scroll sideways and every one of `codes` (a
 * participant's short code) lies within the screen's width, and so does the whole `list` (a
 * table that fits needs no sideways scrolling in its box either). The viewport is left at 375 px.
 */
export async function expectCodesOnPhone(
  page: Page,
  list: Locator,
  codes: Locator,
  expected: string[],
) {
  await codes.first().waitFor();
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 667 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(width);
    expect(await codes.allTextContents()).toEqual(expected);
    const whole = await list.boundingBox();
    expect(whole && whole.x >= 0 && whole.x + whole.width <= width, `the list at ${width} px`).toBe(
      true,
    );
    for (const box of await Promise.all((await codes.all()).map((c) => c.boundingBox()))) {
      expect(box && box.x >= 0 && box.x + box.width <= width, `a code at ${width} px`).toBe(true);
    }
  }
}
