import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openSession, waitForServiceWorker } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface StoredProfile {
  person?: { givenName?: string; familyName?: string };
  licences?: { category?: string }[];
}

/** The profile as IndexedDB holds it now, read without the app (in the page). */
function storedProfile(): Promise<StoredProfile | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open('kompetenspass');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('profile')) {
        db.close();
        resolve(null);
        return;
      }
      const read = db.transaction('profile').objectStore('profile').get('current');
      read.onsuccess = () => {
        db.close();
        resolve(read.result?.profile ?? null);
      };
      read.onerror = () => {
        db.close();
        resolve(null);
      };
    };
  });
}

/** Waits for the save that follows typing (debounced) by leaving the field. */
async function fill(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.blur();
}

describe('the profile editor', () => {
  it('keeps a profile filled through the UI across a reload', async () => {
    const { page, context, errors } = await openSession(browser, { locale: 'sv-SE' });
    await page.getByRole('link', { name: 'Börja med ditt namn' }).click();
    await fill(page, 'Förnamn', 'Samira');
    await fill(page, 'Efternamn', 'Haddad');
    await fill(page, 'Kommun', 'Eksjö');
    await page.getByLabel('Födelseår').fill('1988');

    await page.goto(`${baseUrl()}#/edit/work`);
    await page.getByRole('button', { name: 'Lägg till arbete' }).click();
    await fill(page, 'Yrke eller vad du gjorde', 'Sömmerska');
    await page.getByRole('radio', { name: /Familjeföretag/ }).check();
    await page.getByRole('group', { name: 'Från' }).getByLabel('År').fill('2008');
    await fill(page, 'Arbetsuppgifter', 'Sydde arbetskläder.');

    await page.goto(`${baseUrl()}#/edit/languages`);
    await page.getByRole('button', { name: 'Lägg till språk' }).click();
    // The entry's own field: the language menu in the header is called "Språk" too, and the
    // form may not be open yet when the locator first looks.
    await page.locator('.entry-form').getByLabel('Språk', { exact: true }).selectOption('sv');
    await page.getByLabel('Hörförståelse', { exact: true }).selectOption('B1');
    await page.getByLabel('SFI-kurs').selectOption('C');

    await page.goto(`${baseUrl()}#/edit/skills`);
    await page.getByRole('button', { name: 'Lägg till färdighet' }).click();
    await fill(page, 'Färdighet', 'Bakning');
    await page.getByRole('radio', { name: /Mycket bra/ }).check();

    await page.goto(`${baseUrl()}#/edit/licences`);
    await page.getByRole('button', { name: 'Lägg till körkort eller intyg' }).click();
    await page.getByLabel('Behörighet', { exact: true }).selectOption('C');
    // A choice is saved at once; the reload must not come before the write.
    await expect.poll(async () => (await page.evaluate(storedProfile))?.licences?.[0]?.category).toBe('C');

    await page.reload();
    await page.goto(`${baseUrl()}#/`);
    const cv = page.locator('article.cv');
    await expect.poll(() => cv.textContent()).toContain('Samira Haddad');
    const text = (await cv.textContent()) ?? '';
    expect(text).toContain('Eksjö');
    expect(text).toContain('Sömmerska');
    expect(text).toContain('Familjeföretag');
    expect(text).toContain('Sydde arbetskläder.');
    expect(text).toContain('svenska');
    expect(text).toContain('SFI kurs C');
    expect(text).toContain('Bakning');
    expect(text).toContain('Körkort C');
    expect(text).toContain('1988');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never moves the screen under a finger when a notice arrives late', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/skills' });
    const heading = page.locator('main h1');
    const before = await heading.boundingBox();
    // The first save brings the storage notice; the service worker brings "works offline".
    await page.getByRole('button', { name: 'Lägg till färdighet' }).click();
    await fill(page, 'Färdighet', 'Bakning');
    await waitForServiceWorker(page);
    await page.getByText('Kompetenspass fungerar nu utan internet').waitFor();
    await page.getByText('Webbläsaren kan ta bort din profil').waitFor();
    expect((await heading.boundingBox())?.y).toBe(before?.y);
    await context.close();
  });

  it('deletes with undo and reorders entries', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/skills' });
    for (const label of ['Första', 'Andra']) {
      await page.getByRole('button', { name: 'Lägg till färdighet' }).click();
      await fill(page, 'Färdighet', label);
      await page.getByRole('button', { name: 'Klar' }).click();
    }
    const summaries = () => page.locator('.entry-summary').allTextContents();
    await expect.poll(summaries).toEqual(['Första', 'Andra']);
    await page.getByRole('button', { name: 'Flytta upp: Andra' }).click();
    await expect.poll(summaries).toEqual(['Andra', 'Första']);
    await page.getByRole('button', { name: 'Ta bort: Andra' }).click();
    await expect.poll(summaries).toEqual(['Första']);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(summaries).toEqual(['Andra', 'Första']);
    await page.reload();
    await expect.poll(summaries).toEqual(['Andra', 'Första']);
    await context.close();
  });

  it('merges edits from two tabs open at the same time', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/person' });
    const second = await context.newPage();
    await second.goto(`${baseUrl()}#/edit/wishes`);
    await fill(page, 'Förnamn', 'Amina');
    await fill(second, 'Studier jag vill göra', 'Komvux');
    await fill(page, 'Efternamn', 'Yusuf');
    // The first tab sees the second tab's change without a reload, and nothing was overwritten.
    await page.goto(`${baseUrl()}#/`);
    await expect.poll(() => page.locator('article.cv').textContent()).toContain('Komvux');
    await expect.poll(() => page.locator('article.cv').textContent()).toContain('Amina Yusuf');
    await context.close();
  });

  it('keeps what was typed when the tab is killed without leaving the field', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/person' });
    await page.getByLabel('Förnamn', { exact: true }).fill('Hodan');
    // Every change is written at once, without leaving the field: wait for the write itself.
    await expect.poll(async () => (await page.evaluate(storedProfile))?.person?.givenName).toBe('Hodan');
    await page.close();
    const again = await context.newPage();
    await again.goto(`${baseUrl()}#/edit/person`);
    await expect.poll(() => again.getByLabel('Förnamn', { exact: true }).inputValue()).toBe('Hodan');
    await context.close();
  });

  it('says plainly when the phone is full, keeps what was typed, and saves once there is room', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/person' });
    await fill(page, 'Förnamn', 'Amal');
    // The browser refuses every write, as IndexedDB does when the disk is full.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      Object.assign(window, { restorePut: () => Object.assign(IDBObjectStore.prototype, { put: original }) });
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByLabel('Efternamn', { exact: true }).fill('Yusuf');
    await expect
      .poll(() => page.getByRole('status').allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('telefonens lagring är full'));
    expect(await page.getByLabel('Efternamn', { exact: true }).inputValue()).toBe('Yusuf');

    // Room again: the next change is saved, with what was typed before it.
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await page.getByLabel('Efternamn', { exact: true }).fill('Yusufi');
    await page.getByLabel('Efternamn', { exact: true }).blur();
    await expect.poll(async () => (await page.evaluate(storedProfile))?.person?.familyName).toBe('Yusufi');
    await page.reload();
    await expect.poll(() => page.getByLabel('Efternamn', { exact: true }).inputValue()).toBe('Yusufi');
    expect(await page.getByLabel('Förnamn', { exact: true }).inputValue()).toBe('Amal');
    await context.close();
  });

  it('shows a clear message for a year that is not a year and saves nothing', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/person' });
    await page.getByLabel('Födelseår').fill('88');
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('fyra siffror');
    await page.reload();
    expect(await page.getByLabel('Födelseår').inputValue()).toBe('');
    await context.close();
  });
});
