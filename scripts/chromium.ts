import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Finds Chromium the way DESIGN.md says: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * the Chromium that @sparticuz/chromium ships inside its npm package. A browser that cannot
 * start fails the run; browser tests are never skipped.
 */
async function executablePath(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, args: [] };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: [] };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), args: ['--no-zygote', '--use-angle=swiftshader'] };
}

/**
 * A full Chromium, for Lighthouse (`npm run bench`): LIGHTHOUSE_CHROMIUM, CHROMIUM_PATH or
 * Debian's /usr/bin/chromium. The npm-shipped one is a headless shell in which Lighthouse sees no
 * paint at all (its run ends in NO_FCP), so there is no fallback to it.
 */
export function fullChromiumPath(): string | undefined {
  const fromEnv = process.env.LIGHTHOUSE_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** `extraArgs`: more command-line switches, e.g. a fake camera fed from a file for a test, or a
 * remote-debugging port for Lighthouse (`npm run bench`). `executable`: this browser instead of
 * the one found as above. */
export async function launchChromium(extraArgs: string[] = [], executable?: string): Promise<Browser> {
  const { path, args } = executable ? { path: executable, args: [] } : await executablePath();
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
