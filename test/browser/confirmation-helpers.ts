import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './helpers.ts';

/** The holder's name and one work entry, typed in through the editor (Swedish UI). */
export async function fillHolder(page: Page, title = 'Kock och kassa'): Promise<void> {
  await page.goto(`${baseUrl()}#/edit/person`);
  await page.getByLabel('Förnamn', { exact: true }).fill('Samira');
  await page.getByLabel('Efternamn', { exact: true }).fill('Haddad');
  await page.getByLabel('Efternamn', { exact: true }).blur();
  await page.goto(`${baseUrl()}#/edit/work`);
  await page.getByRole('button', { name: 'Lägg till arbete' }).click();
  await page.getByLabel('Yrke eller vad du gjorde', { exact: true }).fill(title);
  await page.getByLabel('Arbetsgivare eller plats', { exact: true }).fill('Familjens restaurang');
  await page.getByLabel('Arbetsgivare eller plats', { exact: true }).blur();
}

/** From the open work entry: "Ask for confirmation", then the request link. */
export async function askForConfirmation(page: Page): Promise<string> {
  await page.getByTestId('ask-confirmation').click();
  await page.getByTestId('make-request').click();
  const link = page.getByTestId('request-link');
  await link.waitFor({ timeout: 20_000 });
  return link.inputValue();
}

export async function fingerprintOf(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}#/settings`);
  return (await page.getByTestId('fingerprint').textContent({ timeout: 20_000 })) ?? '';
}

/** Organisation mode: the identity made once, its fingerprint and its entry link. */
export async function setUpOrganisation(page: Page, name = 'Café Nova AB') {
  await page.goto(`${baseUrl()}#/organisation`);
  await page.getByTestId('org-name').fill(name);
  await page.getByTestId('org-url').fill('https://cafenova.example/');
  await page.getByTestId('org-create-save').click();
  const fingerprint = (await page.getByTestId('org-fingerprint').textContent({ timeout: 20_000 })) ?? '';
  const entryLink = await page.getByTestId('org-entry-link').inputValue({ timeout: 20_000 });
  return { fingerprint, entryLink };
}

/** Opens a request link in organisation mode, confirms it with `statement`, and returns the reply link. */
export async function confirmRequest(page: Page, requestLink: string, statement: string): Promise<string> {
  await page.goto(requestLink);
  await page.getByTestId('request-review').waitFor({ timeout: 20_000 });
  await page.getByTestId('confirm-statement').fill(statement);
  await page.getByTestId('confirm-entry').click();
  return page.getByTestId('reply-link').inputValue({ timeout: 20_000 });
}

/** Opens a reply link in the holder's app and waits for the outcome. */
export async function openReply(page: Page, replyLink: string) {
  await page.goto(replyLink);
  const outcome = page.locator('[data-testid="receive-done"], [data-testid="receive-refused"]');
  await outcome.waitFor({ timeout: 20_000 });
  return {
    kept: (await page.getByTestId('receive-done').count()) === 1,
    reason: await page
      .getByTestId('receive-refused')
      .getAttribute('data-reason', { timeout: 1000 })
      .catch(() => null),
  };
}

/** The standings of the endorsements in the report or viewer on screen, in order. */
export async function standings(page: Page): Promise<string[]> {
  const list = page.getByTestId('endorsements');
  await list.waitFor({ timeout: 20_000 });
  return list
    .locator('.endorsement-list > li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-standing') ?? ''));
}

export async function expectStandings(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => standings(page), { timeout: 20_000 }).toEqual(expected);
}
