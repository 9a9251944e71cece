/**
 * Budgets for what a first visit downloads, measured in the real browser (scripts/first-load.ts,
 * the same code as `npm run size`). Sizes are deterministic for a given build; times are never
 * asserted.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirstLoads, measureFirstLoads } from '../../scripts/first-load.ts';
import { baseUrl } from './helpers.ts';
import { launchChromium } from './launch.ts';

const KIB = 1024;
const EDITOR_BUDGET = 200 * KIB;
const VIEWER_BUDGET = 100 * KIB;

let browser: Browser;
let loads: FirstLoads;
beforeAll(async () => {
  browser = await launchChromium();
  const profileJson = readFileSync(
    new URL('../../../shared/fixtures/typical-profile.json', import.meta.url),
    'utf8',
  );
  loads = await measureFirstLoads({ profileJson, baseUrl: baseUrl(), browser });
  for (const [name, load] of Object.entries(loads))
    console.info(
      `${name} first-load JS: ${(load.bytes / KIB).toFixed(1)} KiB gzip, ${load.files.length} files`,
    );
});
afterAll(async () => {
  await browser?.close();
});

describe('first-load budgets', () => {
  it(`the editor's first view loads at most ${EDITOR_BUDGET / KIB} KiB of JavaScript (gzip)`, () => {
    expect(loads.editor.files.length).toBeGreaterThan(0);
    expect(loads.editor.bytes).toBeLessThanOrEqual(EDITOR_BUDGET);
  });

  it('the editor loads the share screen and the QR code only when the person shares', () => {
    // By the chunk's name, not its hash (a hash may hold the letters "qr").
    const names = loads.editor.files.map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
    expect(names.filter((name) => /ShareScreen|uqr|qr/i.test(name))).toEqual([]);
  });

  it(`the viewer loads at most ${VIEWER_BUDGET / KIB} KiB of JavaScript (gzip)`, () => {
    expect(loads.viewer.files.length).toBeGreaterThan(0);
    expect(loads.viewer.bytes).toBeLessThanOrEqual(VIEWER_BUDGET);
  });

  it("the viewer loads its strings in the reader's language only, and only the viewer's part", () => {
    // The budget's browser reads Swedish; a Swedish reader needs no fallback language.
    expect(
      loads.viewer.files.filter((f) => /\/locale-/.test(f)).map((f) => f.replace(/-[^-]+\.js$/, '')),
    ).toEqual(['/assets/locale-sv-reader']);
  });

  it('the viewer pulls in neither Dexie nor the editor', () => {
    expect(loads.viewer.files.filter((f) => /startHolder|\/db-|dexie|ShareScreen|Screen-/i.test(f))).toEqual(
      [],
    );
  });

  it('neither makes a request outside the app', () => {
    for (const load of [loads.editor, loads.viewer]) {
      expect(load.requests.filter((r) => !r.startsWith(baseUrl()))).toEqual([]);
    }
  });
});
