import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
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

describe('offline first', () => {
  it('starts and edits with the network off after the first visit', async () => {
    // A server of its own, which is then shut down: the origin is really unreachable, as on a
    // phone without network. (Playwright's setOffline also blocks the service worker's answers.)
    const server = await startServer({ dir: 'dist', port: 0 });
    const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
    const { page, context, errors } = await openSession(browser, { url });
    await waitForServiceWorker(page);
    // The service worker has precached everything, including the lazily loaded screens.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await page.reload();
    await expect
      .poll(() => page.getByRole('link', { name: 'Börja med ditt namn' }).count(), { timeout: 20_000 })
      .toBe(1);
    await page.goto(`${url}#/edit/person`);
    await page.getByLabel('Förnamn', { exact: true }).fill('Offline');
    await page.goto(`${url}#/share`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Skapa länk' }).count(), { timeout: 20_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Skapa länk' }).click();
    await expect.poll(() => page.locator('#share-link').count(), { timeout: 20_000 }).toBe(1);
    await page.reload();
    await page.goto(`${url}#/`);
    await expect.poll(() => page.locator('article.cv h1').textContent(), { timeout: 20_000 }).toBe('Offline');
    // Switching language offline works too: every language is precached.
    await page.getByRole('combobox').first().selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('serves the manifest with name, standalone display, theme colour and 192, 512 and maskable icons', async () => {
    const response = await fetch(new URL('manifest.webmanifest', baseUrl()));
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: 'Kompetenspass',
      short_name: 'Kompetenspass',
      display: 'standalone',
    });
    expect(manifest.start_url).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#/);
    const sizes = manifest.icons.map(
      (icon: { sizes: string; purpose?: string }) => `${icon.sizes}:${icon.purpose ?? 'any'}`,
    );
    expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    for (const icon of manifest.icons) {
      const image = await fetch(new URL(icon.src, baseUrl()));
      expect(image.headers.get('content-type')).toBe('image/png');
    }
    const sw = await fetch(new URL('sw.js', baseUrl()));
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
