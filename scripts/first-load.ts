/**
 * What a first visit downloads, measured in real Chromium against the production build: every
 * JavaScript response of a fresh visit (no service worker, no cache), gzip-compressed as a
 * server would. Used by `npm run size`, `npm run bench` and the budget tests.
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createSnapshot, fullSelection, generateHolderKey, parseProfileJson } from '../src/core/index.ts';
import { launchChromium } from './chromium.ts';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from './serve.mjs';

export interface FirstLoad {
  /** Sum of the gzip sizes of every script the page fetched. */
  bytes: number;
  /** Paths of those scripts. */
  files: string[];
  /** Every URL the page requested, to check that nothing leaves the app's origin. */
  requests: string[];
}

export interface FirstLoads {
  editor: FirstLoad;
  viewer: FirstLoad;
}

async function measure(browser: Browser, url: string, ready: string): Promise<FirstLoad> {
  const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: string[] = [];
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
  });
  try {
    await page.goto(url);
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const body of scripts.values()) bytes += gzipSync(await body, { level: 9 }).length;
    return { bytes, files: [...scripts.keys()].map((u) => new URL(u).pathname), requests };
  } finally {
    await context.close();
  }
}

/** A link to the typical profile with every section, signed by a fresh key. */
export async function typicalLink(baseUrl: string, profileJson: string): Promise<string> {
  const parsed = parseProfileJson(profileJson);
  if (!parsed.ok) throw new Error('the typical profile does not parse');
  const { privateJwk } = await generateHolderKey();
  const made = await createSnapshot(parsed.value, fullSelection(parsed.value), {
    privateJwk,
    validity: { days: 7 },
    baseUrl,
  });
  if (!made.ok) throw new Error(`could not make a snapshot: ${made.reason}`);
  return made.value.link;
}

/** Measures against a running server at `baseUrl`, or serves `dist` itself when none is given. */
export async function measureFirstLoads(options: {
  profileJson: string;
  baseUrl?: string;
  browser?: Browser;
}): Promise<FirstLoads> {
  const server = options.baseUrl ? undefined : await startServer({ dir: 'dist', port: 0 });
  const baseUrl = options.baseUrl ?? `http://localhost:${(server.address() as AddressInfo).port}/`;
  const browser = options.browser ?? (await launchChromium());
  try {
    return {
      editor: await measure(browser, baseUrl, 'main'),
      viewer: await measure(
        browser,
        await typicalLink(baseUrl, options.profileJson),
        '[data-testid="verification"]',
      ),
    };
  } finally {
    if (!options.browser) await browser.close();
    server?.close();
  }
}
