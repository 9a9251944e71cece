import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from '../../scripts/serve.mjs';
import { openSession, waitForServiceWorker } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  // A copy of the build that the test can "deploy" a new version into.
  dir = mkdtempSync(join(tmpdir(), 'kp-update-'));
  cpSync('dist', dir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new version', () => {
  it('is offered in the app and never reloads the page under an open form', async () => {
    const server = await startServer({ dir, port: 0 });
    const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
    const { page, context } = await openSession(browser, { url: null });
    // The page's clock, so that the test decides when the page's timers run (see "Later").
    await page.clock.install();
    await page.goto(`${url}#/edit/person`);
    await waitForServiceWorker(page);
    await page.getByLabel('Förnamn', { exact: true }).fill('Amal');
    await page.getByLabel('Efternamn', { exact: true }).pressSequentially('Yus');

    // A mark on this page that a reload would wipe out.
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    // Deploy: a changed service worker is a new version. The page's timers stand still from here.
    await page.clock.pauseAt(new Date(Date.now() + 1000));
    appendFileSync(join(dir, 'sw.js'), '\n// next release\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByText('En ny version av Kompetenspass är klar.');
    await prompt.waitFor({ timeout: 20_000 });

    // Nothing reloaded: the mark is still there and the half-typed field keeps its text.
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await page.getByLabel('Efternamn', { exact: true }).inputValue()).toBe('Yus');
    await page.getByLabel('Efternamn', { exact: true }).pressSequentially('uf');

    // "Later" hides it; the work goes on. workbox-window announces a version found by
    // registration.update() twice: when installed, and from a 200 ms timer when seen waiting.
    // "Later" comes between the two here; the second must not bring the prompt back.
    await page.getByRole('button', { name: 'Senare' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await page.clock.runFor(1000);
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true);
    // The timer ran the second announcement; React renders what it asked for in tasks queued
    // before these two round trips through the page's event loop.
    for (let i = 0; i < 2; i++)
      await page.evaluate(
        () =>
          new Promise((done) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = done;
            channel.port2.postMessage(null);
          }),
      );
    expect(await prompt.count()).toBe(0);
    await page.clock.resume();

    // Offered again on the next start; "Update now" switches versions and keeps everything typed.
    await page.reload();
    await prompt.waitFor({ timeout: 20_000 });
    const controllerBefore = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await page.getByRole('button', { name: 'Uppdatera nu' }).click();
    await page.waitForEvent('load', { timeout: 20_000 });
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
      )
      .toBe(null);
    expect(controllerBefore).toBeTruthy();
    await page.goto(`${url}#/edit/person`);
    await expect.poll(() => page.getByLabel('Efternamn', { exact: true }).inputValue()).toBe('Yusuf');
    expect(await page.getByLabel('Förnamn', { exact: true }).inputValue()).toBe('Amal');
    await context.close();
    server.closeAllConnections();
    server.close();
  });
});
