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

/** `extraArgs`: more command-line switches, e.g. a fake camera fed from a file for a test, or a
 * remote-debugging port for Lighthouse (`npm run bench`). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const { path, args } = await executablePath();
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
