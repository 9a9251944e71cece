import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openSession } from './helpers.ts';
import { launchChromium } from './launch.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page; only serious and critical violations fail. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Form fields whose accessible name another field on the screen has too: a screen-reader user
 * cannot tell them apart, and a test that finds a field by its name finds two.
 */
async function sharedFieldNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nameOf = (field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
      const by = field.getAttribute('aria-labelledby');
      const text = by
        ? by
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (field.getAttribute('aria-label') ?? [...(field.labels ?? [])].map((l) => l.textContent).join(' '));
      return text.replace(/\s+/g, ' ').trim();
    };
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input:not([type=hidden]), select, textarea',
      ),
    ].filter((field) => field.getClientRects().length > 0);
    const names = fields.map(nameOf);
    return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  });
}

async function fillSomeProfile(page: Page) {
  await page.goto(`${baseUrl()}#/edit/person`);
  await page
    .getByLabel(/Förnamn|First name|الاسم/)
    .first()
    .fill('Samira');
  for (const section of ['languages', 'education', 'work', 'skills', 'licences']) {
    await page.goto(`${baseUrl()}#/edit/${section}`);
    await page.locator('.button-primary').last().click();
  }
}

describe('accessibility (axe-core)', () => {
  for (const locale of ['sv-SE', 'ar-SA']) {
    it(`finds no serious or critical violation on any holder screen (${locale})`, async () => {
      const { page, context } = await openSession(browser, { locale });
      const found: Record<string, string[]> = {};
      await expect.poll(() => page.locator('main h1').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      found.emptyOverview = await seriousViolations(page);
      await fillSomeProfile(page);
      for (const route of [
        'edit/person',
        'edit/languages',
        'edit/education',
        'edit/work',
        'edit/skills',
        'edit/licences',
        'edit/wishes',
        '',
        'share',
        'shares',
        'settings',
      ]) {
        await page.goto(`${baseUrl()}#/${route}`);
        await expect.poll(() => page.locator('main h1').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        // The share screen's choices of entries, once the profile has reached it.
        if (route === 'share') await page.locator('.selection-picker fieldset').nth(5).waitFor();
        // Open the entry form, the part of a section screen with the most controls.
        if (route.startsWith('edit/') && (await page.locator('.entry-summary').count()) > 0) {
          if ((await page.locator('.entry-form').count()) === 0)
            await page.locator('.entry-summary').first().click();
        }
        found[route || 'overview'] = await seriousViolations(page);
        const shared = await sharedFieldNames(page);
        if (shared.length > 0) found[`${route || 'overview'} (fields sharing a name)`] = shared;
      }
      await page.goto(`${baseUrl()}#/share`);
      await page.locator('.share-screen .button-primary').click();
      await expect.poll(() => page.locator('#share-link').count(), { timeout: 20_000 }).toBe(1);
      found.shareResult = await seriousViolations(page);
      const link = await page.locator('#share-link').inputValue();
      await context.close();

      const reader = await openSession(browser, { locale, url: link });
      await expect.poll(() => reader.page.getByTestId('verification').count(), { timeout: 20_000 }).toBe(1);
      found.viewer = await seriousViolations(reader.page);
      found['viewer (fields sharing a name)'] = await sharedFieldNames(reader.page);
      await reader.page.goto(`${link.slice(0, -5)}AAAAA`);
      await reader.page.reload();
      await expect.poll(() => reader.page.getByTestId('invalid').count(), { timeout: 20_000 }).toBe(1);
      found.viewerInvalid = await seriousViolations(reader.page);
      await reader.context.close();

      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    });
  }
});
