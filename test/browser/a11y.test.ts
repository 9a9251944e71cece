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

    it(`finds no serious or critical violation on the confirmation screens (${locale})`, async () => {
      const found: Record<string, string[]> = {};
      const check = async (name: string, page: Page) => {
        found[name] = await seriousViolations(page);
        const shared = await sharedFieldNames(page);
        if (shared.length > 0) found[`${name} (fields sharing a name)`] = shared;
      };
      const holder = await openSession(browser, { locale });
      await holder.page.goto(`${baseUrl()}#/edit/work`);
      await holder.page.locator('.button-primary').last().click();
      await holder.page.getByTestId('ask-confirmation').click();
      await holder.page.getByTestId('make-request').waitFor({ timeout: 20_000 });
      await check('ask', holder.page);
      await holder.page.getByTestId('make-request').click();
      const requestLink = await holder.page.getByTestId('request-link').inputValue({ timeout: 20_000 });
      await check('askReady', holder.page);
      await holder.page.goto(`${baseUrl()}#/receive`);
      await holder.page.getByTestId('reply-input').waitFor({ timeout: 20_000 });
      await check('receive', holder.page);

      const organisation = await openSession(browser, { locale, hash: '#/organisation' });
      await organisation.page.getByTestId('org-name').waitFor({ timeout: 20_000 });
      await check('organisationNew', organisation.page);
      await organisation.page.getByTestId('org-name').fill('Café Nova AB');
      await organisation.page.getByTestId('org-create-save').click();
      const entryLink = await organisation.page.getByTestId('org-entry-link').inputValue({ timeout: 20_000 });
      await check('organisation', organisation.page);
      await organisation.page.goto(requestLink);
      await organisation.page.getByTestId('request-review').waitFor({ timeout: 20_000 });
      await check('organisationReview', organisation.page);
      await organisation.page.getByTestId('confirm-entry').click();
      const replyLink = await organisation.page.getByTestId('reply-link').inputValue({ timeout: 20_000 });
      await check('organisationSigned', organisation.page);

      await holder.page.goto(replyLink);
      await holder.page.getByTestId('receive-done').waitFor({ timeout: 20_000 });
      await check('received', holder.page);
      await holder.page.goto(`${baseUrl()}#/edit/work`);
      await holder.page.getByTestId('entry-confirmation').waitFor({ timeout: 20_000 });
      await check('entryConfirmed', holder.page);
      await holder.page.goto(`${baseUrl()}#/share`);
      await holder.page.getByTestId('share-confirmations').waitFor({ timeout: 20_000 });
      await check('shareWithConfirmations', holder.page);
      await holder.page.locator('.share-screen .button-primary').click();
      const shareLink = await holder.page.locator('#share-link').inputValue({ timeout: 20_000 });

      const desk = await openSession(browser, { locale, hash: '#/desk' });
      await desk.page.getByTestId('desk-input').waitFor({ timeout: 20_000 });
      await check('deskEmpty', desk.page);
      await desk.page.getByTestId('trust-add-input').fill(entryLink);
      await desk.page.getByTestId('trust-add-check').click();
      await desk.page.getByTestId('trust-add-preview').waitFor({ timeout: 20_000 });
      await check('deskAddOrganisation', desk.page);
      await desk.page.getByTestId('trust-add-confirm').click();
      await desk.page.getByTestId('desk-input').fill(shareLink);
      await desk.page.getByTestId('desk-check').click();
      await desk.page.getByTestId('endorsements').waitFor({ timeout: 20_000 });
      await check('deskReport', desk.page);
      await desk.page.getByTestId('desk-input').fill(`${shareLink.slice(0, -5)}AAAAA`);
      await desk.page.getByTestId('desk-check').click();
      await desk.page.getByTestId('invalid').waitFor({ timeout: 20_000 });
      await check('deskInvalid', desk.page);
      await desk.page.getByTestId('desk-camera-open').click();
      await desk.page.getByTestId('desk-camera-problem').waitFor({ timeout: 20_000 });
      await check('deskCameraRefused', desk.page);

      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
      for (const session of [holder, organisation, desk]) await session.context.close();
    });
  }
});
