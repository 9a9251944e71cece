#!/usr/bin/env node
// The command line runs the compiled core and CLI in lib/, which `npm ci` builds through the
// "prepare" script. Without lib/ there is nothing to run: say so instead of a stack trace.
import { existsSync } from 'node:fs';

const entry = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'kompetenspass: lib/cli/main.js is missing; run "npm ci" or "npm run prepare" in the checkout.\n',
  );
  process.exit(2);
}
const { run } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2));
