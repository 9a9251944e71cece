import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  requests: string[];
}

/** A fresh browser profile, as a new visitor has; records page errors and every request. */
/** `url: null` opens no page yet, e.g. for a recipient who only ever opens a share link. */
export async function openSession(
  browser: Browser,
  options: { locale?: string; hash?: string; url?: string | null } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? 'sv-SE',
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('request', (request) => requests.push(request.url()));
  if (options.url !== null) await page.goto(options.url ?? `${baseUrl()}${options.hash ?? ''}`);
  return { context, page, errors, requests };
}

/** Activated, in control of the page, and the app shell precached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // page.waitForFunction does not await an async predicate (a Promise is truthy): poll instead.
  const ready = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
      const index = new URL('index.html', location.href).href;
      return Boolean(await caches.match(index, { ignoreSearch: true }));
    });
  await expect.poll(ready, { timeout: 30_000, message: 'the service worker takes control' }).toBe(true);
}
