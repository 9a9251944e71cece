/**
 * The first minute, measured as people feel it (`npm run bench`; figures only, never a test):
 *
 * - time from navigation to the verdict for a fresh reader of the typical profile's link, and to
 *   the editor's first usable screen on a first visit, in Chromium over CDP with Slow 4G (150 ms
 *   round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed four times, as Lighthouse's
 *   mobile profile does; median and spread of BENCH_LOAD_RUNS cold runs (a new profile each: no
 *   cache, no service worker);
 * - Lighthouse's mobile scores and metrics for both (its default: simulated Slow 4G, 4× CPU),
 *   against the same build and the same Chromium, median of BENCH_LIGHTHOUSE_RUNS runs.
 *
 * The server is `npm start`'s (scripts/serve.mjs): compressed, cached as HOSTING.md says.
 */
import { type AddressInfo, createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { fullChromiumPath, launchChromium } from './chromium.ts';
import { typicalLink } from './first-load.ts';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from './serve.mjs';

type Table = (title: string, head: string[], rows: (string | number)[][]) => void;

const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/** Lighthouse's mobile Slow 4G, applied to each request (DevTools throttling). */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const CPU_SLOWDOWN = 4;

/** What the reader or the person waits for. */
const SCREENS = {
  viewer: '[data-testid="verification"]',
  editor: 'main h1',
} as const;

interface LoadTiming {
  /** Navigation start to the frame that shows the awaited element, in ms. */
  ready: number;
  fcp: number;
  lcp: number;
  /** Layout shift of the whole load (the CLS of a page that has just loaded). */
  cls: number;
  /** Total blocking time: the part over 50 ms of each long task between FCP and the screen. */
  tbt: number;
  /** Bytes over the wire (compressed) of everything the page fetched. */
  transferred: number;
  requests: number;
}

// Runs in the page before its own scripts: notes the frame in which the awaited element first
// shows, the largest contentful paint and every layout shift. A string, not a function: the
// TypeScript loader would wrap a function's body in helpers that the page does not have.
const observe = (selector: string) => `(() => {
  const bench = (window.__bench = { lcp: 0, cls: 0, longTasks: [] });
  const check = () => {
    if (bench.ready !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    bench.ready = -1;
    requestAnimationFrame(() => { bench.ready = performance.now(); });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function coldLoad(browser: Browser, url: string, selector: string): Promise<LoadTiming> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(observe(selector));
    const page = await context.newPage();
    await throttle(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => ((window as unknown as { __bench?: { ready?: number } }).__bench?.ready ?? -1) > 0,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    // Let the page settle (late requests, a shift after the screen) before reading the figures.
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => {
      const bench = (
        window as unknown as {
          __bench: { ready: number; lcp: number; cls: number; longTasks: [number, number][] };
        }
      ).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const tbt = bench.longTasks
        .filter(([start]) => start >= fcp)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined;
      const transferred = [nav, ...resources].reduce((sum, entry) => sum + (entry?.transferSize ?? 0), 0);
      return {
        ready: bench.ready,
        fcp,
        lcp: bench.lcp,
        cls: bench.cls,
        tbt,
        transferred,
        requests: resources.length + 1,
      };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');
const spread = (values: number[]) => `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`;

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
}

/** A free TCP port on this machine, for Chromium's remote debugging. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

async function lighthouseRun(url: string, chromium: string): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  // A browser of its own for each run: Lighthouse resets storage and opens its own tab.
  const chrome = await launchChromium([`--remote-debugging-port=${port}`], chromium);
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      fcp: metric('first-contentful-paint'),
    };
  } finally {
    await chrome.close();
  }
}

export async function firstMinuteFigures(table: Table, profileJson: string): Promise<void> {
  const server = await startServer({ dir: process.env.BENCH_DIST ?? 'dist', port: 0 });
  const base = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const urls = { viewer: await typicalLink(base, profileJson), editor: base };
  try {
    const browser = await launchChromium();
    const browserVersion = browser.version();
    const runs: Record<keyof typeof SCREENS, LoadTiming[]> = { viewer: [], editor: [] };
    try {
      // Interleaved, so that a busy moment of a shared machine falls on both alike.
      for (let i = 0; i < LOAD_RUNS; i++)
        for (const screen of ['viewer', 'editor'] as const)
          runs[screen].push(await coldLoad(browser, urls[screen], SCREENS[screen]));
    } finally {
      await browser.close();
    }
    table(
      `First visit, throttled (Slow 4G: 150 ms RTT, 1.6 Mbit/s; CPU ×${CPU_SLOWDOWN}; DevTools throttling), median of ${LOAD_RUNS} cold runs, Chromium ${browserVersion}`,
      ['screen', 'until ready', 'fastest – slowest', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred', 'requests'],
      (['viewer', 'editor'] as const).map((screen) => {
        const r = runs[screen];
        return [
          screen === 'viewer' ? 'viewer: verdict of a typical link' : 'editor: first usable screen',
          ms(median(r.map((x) => x.ready))),
          spread(r.map((x) => x.ready)),
          ms(median(r.map((x) => x.fcp))),
          ms(median(r.map((x) => x.lcp))),
          ms(median(r.map((x) => x.tbt))),
          median(r.map((x) => x.cls)).toFixed(3),
          `${(median(r.map((x) => x.transferred)) / 1024).toFixed(1)} KiB`,
          median(r.map((x) => x.requests)),
        ];
      }),
    );

    const chromium = fullChromiumPath();
    if (!chromium) {
      console.log(
        "\nLighthouse: not measured. It needs a full Chromium: install Debian's (apt-get install chromium)" +
          ' or set LIGHTHOUSE_CHROMIUM=/path/to/chromium. The npm-shipped Chromium is a headless shell' +
          ' in which Lighthouse sees no paint (NO_FCP).',
      );
      return;
    }
    const lighthouse: Record<string, LighthouseFigures[]> = { viewer: [], editor: [] };
    try {
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
        for (const screen of ['viewer', 'editor'] as const)
          lighthouse[screen]!.push(await lighthouseRun(urls[screen], chromium));
    } catch (error) {
      console.log(`\nLighthouse: not measured (${(error as Error).message.split('\n')[0]})`);
      return;
    }
    table(
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} mobile (simulated Slow 4G, CPU ×4), median of ${LIGHTHOUSE_RUNS}, ${chromium}`,
      [
        'screen',
        'performance',
        'accessibility',
        'best practices',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'performance runs',
      ],
      (['viewer', 'editor'] as const).map((screen) => {
        const r = lighthouse[screen]!;
        return [
          screen,
          median(r.map((x) => x.performance)),
          median(r.map((x) => x.accessibility)),
          median(r.map((x) => x.bestPractices)),
          ms(median(r.map((x) => x.fcp))),
          ms(median(r.map((x) => x.lcp))),
          ms(median(r.map((x) => x.tbt))),
          median(r.map((x) => x.cls)).toFixed(3),
          r.map((x) => x.performance).join(' '),
        ];
      }),
    );
  } finally {
    server.close();
  }
}

// `npx tsx scripts/bench-first-minute.ts` runs this part alone (BENCH_DIST=dir for another build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const { table } = await import('./bench-table.ts');
  await firstMinuteFigures(
    table,
    readFileSync(new URL('../../shared/fixtures/typical-profile.json', import.meta.url), 'utf8'),
  );
}
