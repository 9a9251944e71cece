/**
 * Never lose a profile: fill a profile through the UI, get a work entry confirmed by an
 * organisation (organisation mode, in another browser profile), share it, back it up with the
 * backup code, erase everything, and restore the file in a fresh browser: the same profile, the
 * same key fingerprint, the share history and the confirmation, still valid, come back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askForConfirmation, confirmRequest, openReply, setUpOrganisation } from './confirmation-helpers.ts';
import { baseUrl, openSession } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'kompetenspass-backup-'));
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function fillProfile(page: Page) {
  await page.getByRole('link', { name: 'Börja med ditt namn' }).click();
  await page.getByLabel('Förnamn', { exact: true }).fill('Samira');
  await page.getByLabel('Efternamn', { exact: true }).fill('Haddad');
  await page.getByLabel('Efternamn', { exact: true }).blur();
  await page.goto(`${baseUrl()}#/edit/work`);
  await page.getByRole('button', { name: 'Lägg till arbete' }).click();
  await page.getByLabel('Yrke eller vad du gjorde', { exact: true }).fill('Sömmerska');
  await page.getByRole('button', { name: 'Klar' }).click();
  await page.goto(`${baseUrl()}#/edit/skills`);
  await page.getByRole('button', { name: 'Lägg till färdighet' }).click();
  await page.getByLabel('Färdighet', { exact: true }).fill('Bakning');
  await page.getByRole('button', { name: 'Klar' }).click();
}

async function fingerprintOf(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}#/settings`);
  return (await page.getByTestId('fingerprint').textContent({ timeout: 20_000 })) ?? '';
}

/** Makes the first backup with a new code, passing the check; returns the code and the file. */
async function firstBackup(page: Page): Promise<{ code: string; file: string }> {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${baseUrl()}#/backup`);
  await page.getByTestId('backup-use-code').click();
  const code = ((await page.getByTestId('backup-code').textContent()) ?? '').replace(/\D/g, '');
  expect(code).toMatch(/^\d{30}$/);
  await page.getByTestId('backup-code-written').click();
  // The check asks for two of the six groups: first a wrong answer, then the right one.
  const asked = page.locator('[data-testid^="backup-check-group-"]');
  await expect.poll(() => asked.count()).toBe(2);
  for (const input of await asked.all()) await input.fill('00000');
  await page.getByTestId('backup-check').click();
  await expect.poll(() => page.getByTestId('backup-check-wrong').isVisible()).toBe(true);
  for (const input of await asked.all()) {
    const group = Number((await input.getAttribute('data-testid'))!.split('-').at(-1));
    await input.fill(code.slice((group - 1) * 5, group * 5));
  }
  await page.getByTestId('backup-check').click();
  await page.getByTestId('backup-done').waitFor({ timeout: 60_000 });
  // scrypt ran in a Web Worker, off the page's thread.
  expect(workers.some((url) => /kdf\.worker/.test(url))).toBe(true);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kompetenspass-backup-\d{4}-\d{2}-\d{2}\.txt$/);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { code, file };
}

describe('backup and restore', () => {
  it('moves profile, key and share history to a fresh browser with a file and a code', async () => {
    const holder = await openSession(browser, { locale: 'sv-SE' });
    await fillProfile(holder.page);
    const fingerprint = await fingerprintOf(holder.page);
    expect(fingerprint).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    // A real endorsement: asked for in the app, signed in organisation mode, received.
    await holder.page.goto(`${baseUrl()}#/edit/work`);
    await holder.page.locator('.entry-summary').first().click();
    const requestLink = await askForConfirmation(holder.page);
    const organisation = await openSession(browser, { locale: 'sv-SE' });
    const org = await setUpOrganisation(organisation.page);
    const replyLink = await confirmRequest(organisation.page, requestLink, 'Sydde hos oss.');
    expect(await openReply(holder.page, replyLink)).toEqual({ kept: true, reason: null });
    await holder.page.goto(`${baseUrl()}#/share`);
    await holder.page.getByLabel('Vem är det till?').fill('Café Nova');
    await holder.page.getByRole('button', { name: 'Skapa länk' }).click();
    await holder.page.locator('#share-link').waitFor({ timeout: 20_000 });

    const { code, file } = await firstBackup(holder.page);
    await holder.page.goto(`${baseUrl()}#/`);
    await expect
      .poll(() => holder.page.getByTestId('last-backup').textContent())
      .toContain('Senaste säkerhetskopia');

    // Erase everything, behind its confirmation.
    await holder.page.goto(`${baseUrl()}#/backup`);
    await holder.page.getByTestId('erase-start').click();
    expect(await holder.page.getByTestId('erase-confirm').isDisabled()).toBe(true);
    await holder.page.getByTestId('erase-understand').check();
    await holder.page.getByTestId('erase-confirm').click();
    await holder.page.getByTestId('first-run-restore').waitFor({ timeout: 20_000 });
    expect(await holder.page.locator('article.cv').textContent()).not.toContain('Samira');
    expect(holder.errors).toEqual([]);

    // A fresh browser profile, as on a new phone: restore from the first screen.
    const phone = await openSession(browser, { locale: 'sv-SE' });
    await holder.context.close();
    await phone.page.getByTestId('first-run-restore').click();
    await phone.page.getByTestId('restore-file').setInputFiles(file);
    await phone.page.getByTestId('restore-secret').fill(code.replace(/(\d{5})(?=\d)/g, '$1 '));
    await phone.page.getByTestId('restore-open').click();
    const preview = phone.page.getByTestId('restore-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await phone.page.getByTestId('restore-preview-name').textContent()).toBe('Samira Haddad');
    expect(await phone.page.getByTestId('restore-preview-fingerprint').textContent()).toBe(fingerprint);
    expect(await phone.page.getByTestId('restore-preview-entries').textContent()).toBe('2 poster');
    await phone.page.getByTestId('restore-confirm').click();
    await phone.page.getByTestId('restore-done').waitFor({ timeout: 20_000 });

    await phone.page.goto(`${baseUrl()}#/`);
    const cv = phone.page.locator('article.cv');
    await expect.poll(() => cv.textContent()).toContain('Samira Haddad');
    expect(await cv.textContent()).toContain('Sömmerska');
    expect(await cv.textContent()).toContain('Bakning');
    expect(await fingerprintOf(phone.page)).toBe(fingerprint);
    // The confirmation came back, and verifies again beside its entry.
    await phone.page.goto(`${baseUrl()}#/edit/work`);
    const confirmation = phone.page.getByTestId('entry-confirmation');
    await expect.poll(() => confirmation.getAttribute('data-state'), { timeout: 20_000 }).toBe('same');
    expect(await confirmation.textContent()).toContain(org.fingerprint);
    await phone.page.goto(`${baseUrl()}#/shares`);
    await expect.poll(() => phone.page.locator('.share-record').first().textContent()).toContain('Café Nova');
    // The backup code came along: the next backup needs no new one.
    await phone.page.goto(`${baseUrl()}#/backup`);
    await phone.page.getByTestId('backup-show-code').click();
    expect((await phone.page.getByTestId('backup-saved-code').textContent())?.replace(/\D/g, '')).toBe(code);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
    await organisation.context.close();
  });

  it('refuses a wrong code, another kind of file and a cut file, and changes nothing', async () => {
    const holder = await openSession(browser, { locale: 'sv-SE' });
    await fillProfile(holder.page);
    const { code, file } = await firstBackup(holder.page);
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'cut.txt'), text.slice(0, text.length / 2));
    writeFileSync(join(dir, 'profile.json'), '{"v":1}');

    await holder.page.goto(`${baseUrl()}#/restore`);
    const error = holder.page.getByTestId('restore-error');
    await holder.page.getByTestId('restore-file').setInputFiles(join(dir, 'profile.json'));
    await expect.poll(() => error.textContent()).toContain('inte en säkerhetskopia');
    await holder.page.getByTestId('restore-file').setInputFiles(join(dir, 'cut.txt'));
    await expect.poll(() => error.textContent()).toContain('klippts av');
    await holder.page.getByTestId('restore-file').setInputFiles(file);
    await holder.page.getByTestId('restore-secret').fill(code.replace(/^./, code[0] === '1' ? '2' : '1'));
    await holder.page.getByTestId('restore-open').click();
    await expect.poll(() => error.textContent(), { timeout: 60_000 }).toContain('stämmer inte');

    await holder.page.goto(`${baseUrl()}#/`);
    await expect.poll(() => holder.page.locator('article.cv').textContent()).toContain('Samira Haddad');
    await holder.context.close();
  });

  it('says why in Arabic and English too', async () => {
    for (const [locale, expected] of [
      ['ar', 'ليس نسخة احتياطية'],
      ['en-GB', 'not a Kompetenspass backup'],
    ] as const) {
      const session = await openSession(browser, { locale, hash: '#/restore' });
      await session.page.getByTestId('restore-file').setInputFiles(join(dir, 'profile.json'));
      await expect.poll(() => session.page.getByTestId('restore-error').textContent()).toContain(expected);
      if (locale === 'ar') expect(await session.page.locator('html').getAttribute('dir')).toBe('rtl');
      await session.context.close();
    }
  });
});
