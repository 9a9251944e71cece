import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

async function makeProfile(page: Page) {
  await page.goto(`${baseUrl()}#/edit/person`);
  await page.getByLabel('Förnamn', { exact: true }).fill('Samira');
  await page.getByLabel('Efternamn', { exact: true }).fill('Haddad');
  await page.getByLabel('Telefon', { exact: true }).fill('+46 70 123 45 67');
  await page.goto(`${baseUrl()}#/edit/work`);
  await page.getByRole('button', { name: 'Lägg till arbete' }).click();
  await page.getByLabel('Yrke eller vad du gjorde', { exact: true }).fill('Kock');
  await page.getByLabel('Arbetsgivare eller plats', { exact: true }).fill('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Klar' }).click();
  await page.getByRole('button', { name: 'Lägg till arbete' }).click();
  await page.getByLabel('Yrke eller vad du gjorde', { exact: true }).fill('Sömmerska');
  await page.getByRole('button', { name: 'Klar' }).click();
}

async function share(page: Page, options: { leaveOut?: string } = {}): Promise<string> {
  await page.goto(`${baseUrl()}#/share`);
  if (options.leaveOut) await page.getByRole('checkbox', { name: options.leaveOut }).uncheck();
  await page.getByLabel('Vem är det till?').fill('Café Nova');
  await page.getByRole('radio', { name: '7 dagar' }).check();
  await page.getByRole('button', { name: 'Skapa länk' }).click();
  const link = await page.locator('#share-link').inputValue({ timeout: 20_000 });
  expect(link.startsWith(`${baseUrl()}#s1.`)).toBe(true);
  return link;
}

describe('sharing a snapshot', () => {
  it('makes a link that opens and verifies in a fresh browser, leaving out what was not chosen', async () => {
    const holder = await openSession(browser);
    await makeProfile(holder.page);
    const fingerprint = await holder.page
      .goto(`${baseUrl()}#/`)
      .then(() => holder.page.getByTestId('fingerprint').textContent({ timeout: 20_000 }));
    const link = await share(holder.page, { leaveOut: 'Sömmerska' });
    // A link this small fits a QR code that phones can scan.
    expect(await holder.page.locator('.qr svg').getAttribute('data-qr-version')).toBeTruthy();
    // The share history lists it.
    await holder.page.goto(`${baseUrl()}#/shares`);
    await expect
      .poll(() => holder.page.locator('.share-record').first().textContent())
      .toContain('Café Nova');
    await holder.context.close();

    const reader = await openSession(browser, { locale: 'sv-SE', url: link });
    const panel = reader.page.getByTestId('verification');
    await expect
      .poll(() => panel.textContent(), { timeout: 20_000 })
      .toContain('Äkta: oförändrad sedan personens nyckel signerade den');
    expect(await panel.textContent()).toContain(fingerprint);
    // Who it is for is the person's statement: outside the verified card, said as such.
    expect(await panel.textContent()).not.toContain('Café Nova');
    expect(await reader.page.getByTestId('stated').textContent()).toContain(
      'Personen skrev att länken är till: Café Nova',
    );
    const cv = (await reader.page.locator('article.cv').textContent()) ?? '';
    expect(cv).toContain('Samira Haddad');
    expect(cv).toContain('Kock');
    expect(cv).not.toContain('Sömmerska');
    expect(cv).not.toContain('+46');
    // Profile text is text: the markup typed as an employer name is shown, not run.
    expect(cv).toContain('<img src=x onerror=alert(1)>');
    expect(await reader.page.locator('article.cv img').count()).toBe(0);
    // The viewer stores nothing and loads neither the database nor the editor.
    const stored = await reader.page.evaluate(async () => ({
      local: localStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, databases: 0 });
    expect(reader.requests.filter((url) => /\/assets\/(db|startHolder)-/.test(url))).toEqual([]);
    expect(reader.requests.every((url) => url.startsWith(baseUrl()))).toBe(true);
    expect(reader.errors).toEqual([]);
    await reader.context.close();
  });

  it('refuses a tampered link and an expired one with the reason and no profile data', async () => {
    const holder = await openSession(browser);
    await makeProfile(holder.page);
    const link = await share(holder.page);
    await holder.context.close();

    // One character of the fragment changed.
    const at = link.length - 40;
    const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    const reader = await openSession(browser, { url: tampered });
    const invalid = reader.page.getByTestId('invalid');
    await expect.poll(() => invalid.textContent(), { timeout: 20_000 }).toContain('Länken kan inte visas');
    expect(await reader.page.locator('article.cv').count()).toBe(0);
    expect(await reader.page.content()).not.toContain('Samira');
    await reader.context.close();

    // A cut link, as some mail programs do.
    const cut = await openSession(browser, { url: link.slice(0, 300) });
    await expect
      .poll(() => cut.page.getByTestId('invalid').textContent(), { timeout: 20_000 })
      .toContain('Be personen');
    await cut.context.close();

    // A link of a format version this app does not know is explained, not opened as the editor.
    const newer = await openSession(browser, { url: `${baseUrl()}#s2.AAAA` });
    await expect
      .poll(() => newer.page.getByTestId('invalid').getAttribute('data-reason'), { timeout: 20_000 })
      .toBe('unsupported_version');
    await newer.context.close();

    // Eight days later the seven-day link has stopped working.
    const later = await browser.newContext({ locale: 'sv-SE' });
    const page = await later.newPage();
    await page.clock.install({ time: Date.now() + 8 * 86_400_000 });
    await page.goto(link);
    const expired = page.getByTestId('invalid');
    await expect.poll(() => expired.getAttribute('data-reason'), { timeout: 20_000 }).toBe('expired');
    expect(await expired.textContent()).toContain('Länken har slutat fungera');
    expect(await page.content()).not.toContain('Samira');
    await later.close();
  });

  it('shows the viewer in English for an English browser and in Arabic, right to left, for an Arabic one', async () => {
    const holder = await openSession(browser);
    await makeProfile(holder.page);
    const link = await share(holder.page);
    await holder.context.close();
    for (const [locale, text, dir] of [
      ['en-GB', "Genuine: unchanged since the person's key signed it", 'ltr'],
      ['ar-SA', 'أصلي: لم يتغيّر منذ أن وقّعه مفتاح صاحب الملف', 'rtl'],
    ] as const) {
      const reader = await openSession(browser, { locale, url: link });
      await expect.poll(() => reader.page.locator('html').getAttribute('dir'), { timeout: 20_000 }).toBe(dir);
      await expect.poll(() => reader.page.getByTestId('verification').textContent()).toContain(text);
      expect(await reader.page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
      // Free text stays as the person typed it.
      expect(await reader.page.locator('article.cv').textContent()).toContain('Sömmerska');
      await reader.context.close();
    }
  });
});

describe('endorsements in the viewer', () => {
  it('says which entry an organisation confirmed, by which key, that its name is only its own claim, and marks the entry', async () => {
    const vectors = JSON.parse(readFileSync(new URL('../vectors/snapshot-v1.json', import.meta.url), 'utf8'));
    const vector = vectors.vectors.find((v: { name: string }) => v.name === 'endorsements-unknown-issuer');
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.clock.install({ time: new Date(vector.now) });
    await page.goto(`${baseUrl()}${vector.input.slice(vector.input.indexOf('#'))}`);
    const card = page.getByTestId('verification');
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('Äkta');
    // The reader has no trust list here: the card recognises no organisation and names none.
    expect(await card.textContent()).toContain('Ingen här, så ingen organisation känns igen.');
    expect(await card.textContent()).not.toContain('Café Nova');
    const items = await page.getByTestId('endorsements').locator('.endorsement-list > li').all();
    expect(items).toHaveLength(2);
    const first = (await items[0]!.innerText()).replace(/\s+/g, ' ');
    expect(first).toContain(
      '1. En organisation som inte finns på din lista över betrodda uppger att den bekräftar uppgiften.',
    );
    expect(first).toContain('Uppgift Laga mat i stora mängder (Färdigheter)');
    expect(first).toContain('I profilen Uppgiften i profilen är den som bekräftades.');
    expect(first).toContain('Kallar sig Café Nova');
    expect(first).toContain(`Dess nyckel (fingeravtryck) ${vectors.keys.org.fingerprint}`);
    expect(await items[0]!.getAttribute('data-standing')).toBe('unknown_issuer');
    // The endorsement about someone else is not shown as a confirmation, and nothing of it is shown.
    const second = await items[1]!.innerText();
    expect(second).toContain('En bekräftelse som inte kunde kontrolleras');
    expect(second).toContain('wrong_subject');
    expect(second).not.toContain('Laga mat');
    // The CV marks the entry where it stands, with the same number and the same caution.
    const skill = page.locator('article.cv li', { hasText: 'Laga mat i stora mängder' });
    expect(await skill.getByTestId('endorsement-mark').innerText()).toBe(
      'En organisation som inte finns på din lista uppger att den bekräftar detta, se 1',
    );
    await context.close();
  });
});
