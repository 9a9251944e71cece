/** The person's own data: export as Profile v1 JSON and JSON Resume, import with problems listed. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openSession } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'kompetenspass-data-'));
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function downloaded(page: Page, testId: string): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('export and import', () => {
  it('exports the profile, lists the problems of a bad file, and keeps both on import', async () => {
    const { page, context, errors } = await openSession(browser, { hash: '#/edit/person' });
    await page.getByLabel('Förnamn', { exact: true }).fill('Hodan');
    await page.getByLabel('Förnamn', { exact: true }).blur();
    await page.goto(`${baseUrl()}#/backup`);

    const profile = (await downloaded(page, 'export-json')) as {
      person: { givenName: string };
      skills: unknown[];
    };
    expect(profile.person.givenName).toBe('Hodan');
    const resume = (await downloaded(page, 'export-jsonresume')) as { basics: { name: string } };
    expect(resume.basics.name).toBe('Hodan');

    const bad = structuredClone(profile) as Record<string, unknown>;
    bad.education = [{ id: 'e1', title: 'Gymnasium', country: 'Syria' }];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    await page.getByTestId('import-json').setInputFiles(join(dir, 'bad.json'));
    await expect
      .poll(() => page.getByTestId('import-problems').textContent())
      .toContain('education.0.country');
    expect(await page.getByTestId('import-problems').textContent()).toContain('inte en landskod');

    const other = { ...profile, skills: [{ id: 'imported-skill', label: 'Svetsning' }] };
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    await page.getByTestId('import-json').setInputFiles(join(dir, 'other.json'));
    await page.getByTestId('import-merge').click();
    await page.goto(`${baseUrl()}#/`);
    await expect.poll(() => page.locator('article.cv').textContent()).toContain('Svetsning');
    expect(await page.locator('article.cv').textContent()).toContain('Hodan');
    expect(await page.getByTestId('print-cv').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
