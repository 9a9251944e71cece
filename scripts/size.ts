// `npm run size`: the gzip size of the JavaScript that the editor's first view and the viewer
// load, measured in Chromium against the production build in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { measureFirstLoads } from './first-load.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npx vite build` first (npm run size does).');
  process.exit(2);
}
const profileJson = readFileSync(
  new URL('../../shared/fixtures/typical-profile.json', import.meta.url),
  'utf8',
);
const loads = await measureFirstLoads({ profileJson });
for (const [name, { bytes, files }] of Object.entries(loads)) {
  console.log(
    `${name} first-load JS: ${(bytes / 1024).toFixed(1)} KiB gzip (${bytes} bytes, ${files.length} files)`,
  );
  for (const file of files) console.log(`  ${file}`);
}
