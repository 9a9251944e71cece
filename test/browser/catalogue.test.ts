import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from '../../scripts/serve.mjs';
import { baseUrl, openSession, waitForServiceWorker } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The element the combobox points at with aria-activedescendant, by its text. */
const activeOption = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLElement | null;
    const id = input?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    return {
      role: input?.getAttribute('role'),
      option: option?.textContent ?? null,
      selected: option?.getAttribute('aria-selected'),
    };
  });

/** Types into the focused field key by key, as a person does, and waits for the list. */
async function typeAndWaitForList(page: Page, text: string, option: RegExp) {
  await page.keyboard.type(text);
  await page.getByRole('option', { name: option }).waitFor({ timeout: 30_000 });
}

let link = '';

describe('the occupation and skill catalogue in the editor', () => {
  it('finds an occupation by keyboard in Swedish from "kock", "cook" or "طباخ", stores its code, and offers typical skills', async () => {
    const { page, context, errors } = await openSession(browser, { hash: '#/edit/work' });
    await page.getByRole('button', { name: 'Lägg till arbete' }).click();
    const field = page.getByRole('combobox', { name: 'Yrke eller vad du gjorde' });
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);

    // The same occupation, whichever language the person types in.
    for (const query of ['cook', 'طباخ']) {
      await typeAndWaitForList(page, query, /Kockar.*ISCO-08 5120/);
      await field.fill('');
    }
    await typeAndWaitForList(page, 'kock', /Kockar.*ISCO-08 5120/);
    expect(await field.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toMatchObject({
      role: 'combobox',
      option: expect.stringMatching(/^Kockar/),
      selected: 'true',
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => field.getAttribute('aria-expanded')).toBe('false');
    expect(await field.inputValue()).toBe('kock');
    const chosen = page.locator('.chosen-code').first();
    await expect.poll(() => chosen.textContent(), { timeout: 20_000 }).toContain('Kockar');
    expect(await chosen.textContent()).toContain('ISCO-08 5120');

    // Typical skills are offered, none added until the person picks one.
    const offer = page.getByRole('button', { name: 'Lägg till färdighet: Laga mat i stora mängder' });
    await offer.waitFor({ timeout: 20_000 });
    await page.goto(`${baseUrl()}#/edit/skills`);
    await expect.poll(() => page.locator('.entry-summary').count()).toBe(0);
    await page.goto(`${baseUrl()}#/edit/work`);
    await page.locator('.entry-summary').first().click();
    await page.getByRole('button', { name: 'Lägg till färdighet: Laga mat i stora mängder' }).click();
    await expect.poll(() => page.getByText('Tillagd: Laga mat i stora mängder').count()).toBe(1);

    // A wished occupation from the list, chosen by keyboard.
    await page.goto(`${baseUrl()}#/edit/wishes`);
    const wish = page.getByRole('combobox', { name: 'Hitta ett yrke i listan' });
    await wish.focus();
    await typeAndWaitForList(page, 'undersköt', /Undersköterskor.*ISCO-08 5321/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => wish.inputValue()).toBe('');
    await expect
      .poll(() => page.locator('.chosen-code').textContent(), { timeout: 20_000 })
      .toContain('ISCO-08 5321');

    // The CV names the codes; the person's own words stay beneath.
    await page.goto(`${baseUrl()}#/`);
    const cv = page.locator('article.cv');
    await expect.poll(() => cv.locator('h3').first().textContent(), { timeout: 20_000 }).toBe('Kockar');
    const text = (await cv.textContent()) ?? '';
    expect(text).toContain('ISCO-08 5120 · SSYK 2012 5120');
    expect(text).toContain('Med egna ord: kock');
    expect(text).toContain('Laga mat i stora mängder');
    expect(text).toContain('Kompetenspass food-01');
    expect(text).toContain('Undersköterskor');

    await page.goto(`${baseUrl()}#/share`);
    await page.getByRole('button', { name: 'Skapa länk' }).click();
    await expect.poll(() => page.locator('#share-link').count(), { timeout: 20_000 }).toBe(1);
    link = await page.locator('#share-link').inputValue();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds it from Swedish words in the Arabic interface, by keyboard, named in Arabic', async () => {
    const { page, context, errors } = await openSession(browser, { locale: 'ar-SA', hash: '#/edit/work' });
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.button-primary').last().click();
    const field = page.getByRole('combobox').nth(1);
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await typeAndWaitForList(page, 'kock', /الطهاة.*ISCO-08 5120/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.chosen-code').first().textContent(), { timeout: 20_000 })
      .toContain('ISCO-08 5120');
    await page.goto(`${baseUrl()}#/`);
    await expect
      .poll(() => page.locator('article.cv h3').first().textContent(), { timeout: 20_000 })
      .toBe('الطهاة');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps free text when nothing is chosen, and lets a chosen code be removed', async () => {
    const { page, context } = await openSession(browser, { hash: '#/edit/skills' });
    await page.getByRole('button', { name: 'Lägg till färdighet' }).click();
    const field = page.getByRole('combobox', { name: 'Färdighet' });
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await typeAndWaitForList(page, 'svets', /Svetsa/);
    await page.keyboard.press('Escape');
    await expect.poll(() => field.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('a med TIG på varv');
    await page.getByRole('button', { name: 'Klar' }).click();
    await expect
      .poll(() => page.locator('.entry-summary').allTextContents())
      .toEqual(['svetsa med TIG på varv']);
    expect(await page.locator('.chosen-code').count()).toBe(0);

    await page.locator('.entry-summary').first().click();
    await field.fill('');
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await typeAndWaitForList(page, 'svetsa', /Svetsa/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ta bort koden: Svetsa' }).click();
    await expect.poll(() => page.locator('.chosen-code').count()).toBe(0);
    await context.close();
  });
});

describe('the viewer names coded values in the reader’s language', () => {
  async function openViewer(locale: string, offline = false) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    if (offline) await context.route('**/catalogue/**', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(link);
    await page.getByTestId('verification').waitFor({ timeout: 30_000 });
    return { context, page, errors };
  }

  it('in English and in Swedish, with the code beside and the person’s words beneath', async () => {
    expect(link).toMatch(/#s1\./);
    for (const [locale, heading, ownWords] of [
      ['en-GB', 'Cooks', 'In own words: kock'],
      ['sv-SE', 'Kockar', 'Med egna ord: kock'],
    ] as const) {
      const { page, context, errors } = await openViewer(locale);
      const cv = page.locator('article.cv');
      await expect.poll(() => cv.locator('h3').first().textContent(), { timeout: 20_000 }).toBe(heading);
      const text = (await cv.textContent()) ?? '';
      expect(text).toContain('ISCO-08 5120 · SSYK 2012 5120');
      expect(text).toContain(ownWords);
      expect(await page.getByTestId('catalogue-note').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('falls back to the codes and says so when the catalogue cannot be fetched', async () => {
    const { page, context } = await openViewer('en-GB', true);
    const note = page.getByTestId('catalogue-note');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toContain('could not be loaded');
    const cv = page.locator('article.cv');
    expect(await cv.locator('h3').first().textContent()).toBe('kock');
    expect(await cv.textContent()).toContain('ISCO-08 5120');
    await context.close();
  });
});

describe('offline after the first visit', () => {
  it('searches, names and stores codes with the network off, from the packs warmed on the first visit', async () => {
    const server = await startServer({ dir: 'dist', port: 0 });
    const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
    const { page, context, errors } = await openSession(browser, { url });
    await waitForServiceWorker(page);
    // The warm-up caches the packs the Swedish search loads: wait until every one is there.
    const warmed = () =>
      page.evaluate(async () => {
        const base = new URL('catalogue/', location.href);
        const index = await (await fetch(new URL('index.json', base))).json();
        const wanted: string[] = index.packs
          .filter((pack: { kind: string }) => pack.kind === 'occupation' || pack.kind === 'skill')
          .flatMap(
            (pack: { concepts: string; languages: Record<string, { labels: string; terms?: string }> }) => [
              pack.concepts,
              ...['sv', 'en'].flatMap((lang) => [pack.languages[lang]?.labels, pack.languages[lang]?.terms]),
            ],
          )
          .filter(Boolean);
        const cache = await caches.open('catalogue-packs');
        const cached = await Promise.all(wanted.map((name) => cache.match(new URL(name, base).href)));
        return cached.every(Boolean);
      });
    await expect.poll(warmed, { timeout: 60_000 }).toBe(true);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));

    await page.goto(`${url}#/edit/work`);
    await page.getByRole('button', { name: 'Lägg till arbete' }).click();
    const field = page.getByRole('combobox', { name: 'Yrke eller vad du gjorde' });
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await typeAndWaitForList(page, 'kock', /Kockar.*ISCO-08 5120/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.goto(`${url}#/`);
    await expect
      .poll(() => page.locator('article.cv h3').first().textContent(), { timeout: 20_000 })
      .toBe('Kockar');
    expect(await page.getByTestId('catalogue-note').count()).toBe(0);
    expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });
});
