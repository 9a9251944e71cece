/** Storage the browser refuses: the app says why in the person's language and keeps working. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openSession } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('blocked storage', () => {
  it('starts, edits and changes language when localStorage throws', async () => {
    const session = await openSession(browser, { url: null });
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page } = session;
    await page.goto(`${baseUrl()}#/edit/person`);
    await page.getByLabel('Förnamn', { exact: true }).fill('Amal');
    await page.getByLabel('Förnamn', { exact: true }).blur();
    await page.locator('header select').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(`${baseUrl()}#/`);
    await expect.poll(() => page.locator('article.cv').textContent()).toContain('Amal');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('says plainly, in Swedish and Arabic, when the browser refuses the database', async () => {
    for (const [locale, expected] of [
      ['sv-SE', 'privat fönster'],
      ['ar', 'نافذة خاصة'],
    ] as const) {
      const session = await openSession(browser, { locale, url: null });
      await session.context.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      });
      await session.page.goto(baseUrl());
      await expect
        .poll(() => session.page.getByTestId('storage-problem').textContent(), { timeout: 20_000 })
        .toContain(expected);
      await session.context.close();
    }
  });
});
