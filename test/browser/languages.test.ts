import type { Browser } from 'playwright-core';
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

describe('languages', () => {
  it.each([
    ['ar-SA', 'ar', 'rtl'],
    ['fa-AF', 'fa', 'rtl'],
    ['en-US', 'en', 'ltr'],
    ['sv-SE', 'sv', 'ltr'],
    ['so-SO', 'so', 'ltr'],
    ['ti-ER', 'ti', 'ltr'],
    ['uk-UA', 'uk', 'ltr'],
    ['de-DE', 'sv', 'ltr'],
  ])('a %s browser gets lang=%s, dir=%s on the first visit', async (locale, lang, dir) => {
    const { page, context, errors } = await openSession(browser, { locale });
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    await expect.poll(() => page.locator('.welcome h1').count()).toBe(1);
    if (dir === 'rtl') {
      // The layout really flows right to left: the heading starts at the right edge.
      const box = await page.locator('.welcome h1').boundingBox();
      const card = await page.locator('.welcome').boundingBox();
      expect(box && card && box.x + box.width).toBeGreaterThan((card?.x ?? 0) + (card?.width ?? 0) - 40);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the chosen language and shows Swedish beside it in bilingual mode', async () => {
    const { page, context } = await openSession(browser, { locale: 'sv-SE', hash: '#/settings' });
    await page.getByRole('combobox').first().selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe('ar');
    await page.locator('input[type=checkbox]').first().check();
    await expect.poll(() => page.locator('.gloss[lang=sv]').first().textContent()).toBeTruthy();
    await page.goto(page.url().replace(/#.*/, '#/edit/person'));
    await expect.poll(() => page.locator('.gloss[lang=sv]').allTextContents()).toContain('Förnamn');
    await context.close();
  });
});
