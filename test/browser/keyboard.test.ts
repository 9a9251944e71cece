import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase(),
      name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      label: element?.id
        ? document.querySelector(`label[for="${element.id}"]`)?.textContent?.trim()
        : undefined,
      outline: element ? getComputedStyle(element).outlineStyle : 'none',
    };
  });

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (name.test((await focused(page)).name)) return;
  }
  throw new Error(`no focusable element matching ${name} within ${limit} tabs`);
}

describe('keyboard only', () => {
  it('skips to the content, adds, edits, closes and deletes an entry without losing focus', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/skills' });
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: 'Hoppa till innehållet' });
    expect((await focused(page)).outline).not.toBe('none');

    await tabTo(page, /Lägg till färdighet/);
    expect((await focused(page)).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // The new entry's first field has focus: type at once.
    await expect.poll(async () => (await focused(page)).label).toBe('Färdighet');
    await page.keyboard.type('Bakning');
    await tabTo(page, /^Klar$/);
    await page.keyboard.press('Enter');
    // Focus returns to the entry, not to the top of the page.
    await expect.poll(async () => (await focused(page)).name).toBe('Bakning');

    await tabTo(page, /Ta bort: Bakning/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('Lägg till färdighet');
    await expect.poll(() => page.locator('.entry-summary').count()).toBe(0);
    await context.close();
  });
});
